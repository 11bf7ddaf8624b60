package org.clinicverify.search;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.clinicverify.directory.Listing;
import org.clinicverify.directory.ListingRepository;
import org.clinicverify.testsupport.TestApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Clinic queries against the real Elasticsearch node, with listings seeded through the database. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicSearchTest implements TestPropertyProvider {

    static final Coordinates AUSTIN = Coordinates.of(30.2672, -97.7431);

    @Inject
    ListingRepository repository;
    @Inject
    ListingIndexer indexer;
    @Inject
    ClinicSearch search;
    @Inject
    ClinicIndexAdmin admin;
    @Inject
    ElasticsearchClient client;
    @Inject
    JsonMapper json;

    final Map<String, Long> ids = new java.util.HashMap<>();

    @Override
    public @NonNull Map<String, String> getProperties() {
        return TestApp.asStrings(TestApp.withH2());
    }

    @BeforeAll
    void seed() throws IOException {
        save("lonestar-downtown", "Lonestar Ketamine Downtown", 30.2680, -97.7420, List.of("iv-infusion"), List.of("depression"), List.of("cash"), 80);
        save("lonestar-roundrock", "Lonestar Ketamine Round Rock", 30.5083, -97.6789, List.of("spravato"), List.of("depression", "ptsd"), List.of("insurance"), 70);
        save("lonestar-sanantonio", "Lonestar Ketamine San Antonio", 29.4241, -98.4936, List.of("iv-infusion"), List.of("ptsd"), List.of("cash"), 90);
        save("lonestar-houston", "Lonestar Ketamine Houston", 29.7604, -95.3698, List.of("kap"), List.of("depression"), List.of("cash"), 60);
        save("clinica", "Clínica Esperanza", 34.05, -118.24, List.of("esketamine"), List.of("treatment-resistant depression"), List.of(), 75);
        save("drip", "Harbor Wellness", 40.71, -74.0, List.of("intravenous infusion"), List.of("anxiety"), List.of(), 65);
        for (int i = 0; i < 23; i++) {
            save("walk" + i, "Pagewalk Center " + i, 40 + i * 0.01, -100, List.of("kap"), List.of(), List.of(), 50 + (i % 3) * 10);
        }
        Listing seller = repository.save(Listings.seller("lonestar-seller", "Lonestar Ketamine Shop", 30.2675, -97.7425, json));
        ids.put("lonestar-seller", seller.id());
        indexer.index(seller);
        Listing held = repository.save(Listings.heldForReview("lonestar-eastside", "Lonestar Ketamine Eastside", 30.2690, -97.7410, json));
        ids.put("lonestar-eastside", held.id());
        indexer.index(held);
        indexer.flush();
        client.indices().refresh(r -> r.index(admin.alias()));
    }

    private void save(String host, String name, double lat, double lon, List<String> services, List<String> conditions,
                      List<String> payment, int trust) {
        Listing listing = repository.save(Listings.clinic(host, name, lat, lon, services, conditions, payment, trust, json));
        ids.put(host, listing.id());
        indexer.index(listing);
    }

    private static ClinicQuery query(String text, Coordinates origin, Double radius, ClinicQuery.SortOrder sort, int size,
                                     Cursor after) {
        return new ClinicQuery(text, origin, radius, List.of(), List.of(), List.of(), false, false, sort, size, after);
    }

    private Set<Long> idsOf(ClinicPage page) {
        Set<Long> found = new HashSet<>();
        page.results().forEach(hit -> found.add(Long.parseLong(hit.id())));
        return found;
    }

    @Test
    void radiusFilterKeepsOnlyClinicsWithinTheRadius() {
        ClinicPage page = search.search(query("lonestar", AUSTIN, 30.0, ClinicQuery.SortOrder.RELEVANCE, 20, null));

        assertEquals(Set.of(ids.get("lonestar-downtown"), ids.get("lonestar-roundrock")), idsOf(page));
    }

    @Test
    void distanceSortOrdersClinicsNearestFirst() {
        ClinicPage page = search.search(query("lonestar", AUSTIN, 300.0, ClinicQuery.SortOrder.DISTANCE, 20, null));

        assertEquals(List.of("Lonestar Ketamine Downtown", "Lonestar Ketamine Round Rock", "Lonestar Ketamine San Antonio",
                "Lonestar Ketamine Houston"), page.results().stream().map(ClinicPage.ClinicHit::name).toList());
        assertEquals(0.1, page.results().get(0).distance(), 0.11);
        assertEquals(74, page.results().get(2).distance(), 3);
    }

    @Test
    void facetsCountTheMatchingClinics() {
        ClinicPage page = search.search(query("lonestar", AUSTIN, 300.0, ClinicQuery.SortOrder.RELEVANCE, 1, null));

        assertEquals(List.of(new ClinicPage.FacetCount("iv-infusion", 2), new ClinicPage.FacetCount("kap", 1),
                new ClinicPage.FacetCount("spravato", 1)), page.facets().services());
        assertEquals(List.of(new ClinicPage.FacetCount("depression", 3), new ClinicPage.FacetCount("ptsd", 2)),
                page.facets().conditions());
        assertEquals(List.of(new ClinicPage.FacetCount("cash", 3), new ClinicPage.FacetCount("insurance", 1)),
                page.facets().payment());
        assertEquals(new ClinicPage.FacetCount("0-5 mi", 1), page.facets().distance().get(0));
        assertEquals(4, page.total());
        assertEquals("eq", page.totalRelation());
    }

    @Test
    void serviceFilterKeepsOnlyClinicsOfferingIt() {
        ClinicQuery query = new ClinicQuery("lonestar", null, null, List.of("iv-infusion"), List.of(), List.of(),
                false, false, ClinicQuery.SortOrder.RELEVANCE, 20, null);

        ClinicPage page = search.search(query);

        assertEquals(Set.of(ids.get("lonestar-downtown"), ids.get("lonestar-sanantonio")), idsOf(page));
    }

    @Test
    void cursorWalkYieldsEveryClinicExactlyOnce() {
        List<String> seen = new ArrayList<>();
        Cursor cursor = null;
        int pages = 0;
        do {
            ClinicPage page = search.search(query("pagewalk", null, null, ClinicQuery.SortOrder.TRUST, 5, cursor));
            page.results().forEach(hit -> seen.add(hit.id()));
            cursor = page.nextCursor() == null ? null : Cursor.decode(page.nextCursor());
            pages++;
        } while (cursor != null && pages < 20);

        assertEquals(23, seen.size());
        assertEquals(23, new HashSet<>(seen).size());
        assertEquals(5, pages);
    }

    @Test
    void flaggedSellersNeverAppearInClinicResults() {
        ClinicPage page = search.search(query("lonestar ketamine", AUSTIN, 5.0, ClinicQuery.SortOrder.DISTANCE, 20, null));

        assertFalse(idsOf(page).contains(ids.get("lonestar-seller")));
        assertEquals(Set.of(ids.get("lonestar-downtown")), idsOf(page));
    }

    @Test
    void flaggedSellersAreNotSuggested() {
        List<ClinicSearch.Suggestion> suggestions = search.suggest("Lonestar Ketamine S", 10);

        assertEquals(List.of("Lonestar Ketamine San Antonio"), suggestions.stream().map(ClinicSearch.Suggestion::text).toList());
    }

    @Test
    void sitesHeldForReviewAreNeitherFoundNorSuggested() {
        ClinicPage byName = search.search(query("eastside", null, null, ClinicQuery.SortOrder.RELEVANCE, 20, null));
        ClinicPage nearby = search.search(query(null, AUSTIN, 1.0, ClinicQuery.SortOrder.DISTANCE, 20, null));
        List<ClinicSearch.Suggestion> suggestions = search.suggest("Lonestar Ketamine E", 10);

        assertAll(
                () -> assertEquals(Set.of(), idsOf(byName)),
                () -> assertFalse(idsOf(nearby).contains(ids.get("lonestar-eastside")), idsOf(nearby).toString()),
                () -> assertTrue(idsOf(nearby).contains(ids.get("lonestar-downtown")), "the clinic next door is found"),
                () -> assertEquals(List.of(), suggestions));
    }

    @Test
    void suggestOffersPlaces() {
        List<ClinicSearch.Suggestion> suggestions = search.suggest("Aust", 10);

        assertTrue(suggestions.stream().anyMatch(s -> s.text().equals("Austin, TX") && s.kind().equals("place")), suggestions.toString());
    }

    @Test
    void accentFoldingMatchesBothSpellings() {
        ClinicPage plain = search.search(query("clinica esperanza", null, null, ClinicQuery.SortOrder.RELEVANCE, 5, null));
        ClinicPage accented = search.search(query("CLÍNICA", null, null, ClinicQuery.SortOrder.RELEVANCE, 5, null));

        assertEquals(Set.of(ids.get("clinica")), idsOf(plain));
        assertEquals(Set.of(ids.get("clinica")), idsOf(accented));
    }

    @Test
    void spravatoFindsEsketamine() {
        ClinicPage page = search.search(query("spravato", null, null, ClinicQuery.SortOrder.RELEVANCE, 50, null));

        assertTrue(idsOf(page).contains(ids.get("clinica")));
    }

    @Test
    void trdFindsTreatmentResistantDepression() {
        ClinicPage page = search.search(query("TRD", null, null, ClinicQuery.SortOrder.RELEVANCE, 50, null));

        assertEquals(Set.of(ids.get("clinica")), idsOf(page));
    }

    @Test
    void ivFindsIntravenousInfusion() {
        ClinicPage page = search.search(query("IV", null, null, ClinicQuery.SortOrder.RELEVANCE, 50, null));

        assertTrue(idsOf(page).contains(ids.get("drip")));
    }

    @Test
    void kapFindsKetamineAssistedPsychotherapy() {
        Listing listing = repository.save(Listings.clinic("kapclinic", "Mindful Path", 41, -87,
                List.of("ketamine-assisted psychotherapy"), List.of(), List.of(), 70, json));
        indexer.index(listing);
        indexer.flush();
        refresh();

        ClinicPage page = search.search(query("kap mindful", null, null, ClinicQuery.SortOrder.RELEVANCE, 5, null));

        assertEquals(Set.of(listing.id()), idsOf(page));
    }

    @Test
    void aCursorOfAnotherSortIsRefused() {
        Cursor trust = new Cursor(ClinicQuery.SortOrder.TRUST, List.of(co.elastic.clients.elasticsearch._types.FieldValue.of(1L)));

        assertThrows(Cursor.InvalidCursorException.class,
                () -> search.search(query("pagewalk", null, null, ClinicQuery.SortOrder.RELEVANCE, 5, trust)));
    }

    @Test
    void deletedListingsLeaveTheIndex() {
        Listing listing = repository.save(Listings.clinic("gone", "Vanishing Clinic", 41, -87, List.of(), List.of(), List.of(), 70, json));
        indexer.index(listing);
        indexer.flush();
        refresh();

        indexer.delete(listing.id());
        indexer.flush();
        refresh();

        assertEquals(0, search.search(query("vanishing", null, null, ClinicQuery.SortOrder.RELEVANCE, 5, null)).total());
    }

    private void refresh() {
        try {
            client.indices().refresh(r -> r.index(admin.alias()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
