package org.clinicverify.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.clinicverify.directory.Listing;
import org.clinicverify.directory.ListingRepository;
import org.clinicverify.moderation.ItemState;
import org.clinicverify.moderation.ItemView;
import org.clinicverify.moderation.ModerationQueue;
import org.clinicverify.search.AssessmentRequestRepository;
import org.clinicverify.search.ClinicIndexAdmin;
import org.clinicverify.search.ListingIndexer;
import org.clinicverify.search.Listings;
import org.clinicverify.testsupport.TestApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The public API over real HTTP, with listings in H2 and the real Elasticsearch node. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicApiTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    ListingRepository repository;
    @Inject
    ModerationQueue moderation;
    @Inject
    AssessmentRequestRepository requests;
    @Inject
    ListingIndexer indexer;
    @Inject
    ClinicIndexAdmin admin;
    @Inject
    ElasticsearchClient client;
    @Inject
    JsonMapper json;

    Listing austin;
    Listing seller;
    Listing held;

    @Override
    public @NonNull Map<String, String> getProperties() {
        Map<String, Object> properties = TestApp.withH2();
        properties.put("clinicverify.web.verify-requests-per-minute", 2);
        return TestApp.asStrings(properties);
    }

    @BeforeAll
    void seed() throws IOException {
        austin = save(Listings.clinic("austin-kc.example", "Austin Ketamine Center", 30.2680, -97.7420, List.of("spravato"), List.of("depression"), List.of("cash"), 85, json));
        save(Listings.clinic("roundrock.example", "Round Rock Infusions", 30.5083, -97.6789, List.of("iv-infusion"), List.of("ptsd"), List.of("insurance"), 70, json));
        save(Listings.clinic("nyc.example", "Chelsea Ketamine", 40.7484, -73.9967, List.of("kap"), List.of("depression"), List.of("cash"), 75, json));
        seller = save(Listings.seller("ketashop.example", "Austin Ketamine Shop", 30.2675, -97.7425, json));
        save(Listings.seller("unreviewed-shop.example", "Unreviewed Shop", 30.2675, -97.7425, json));
        // Near Austin too, but held for review: never among the search results below.
        held = save(Listings.heldForReview("held-tele.example", "Austin Mind Telehealth", 30.2679, -97.7421, json));
        // Only a moderator's confirmation puts a seller on the public flagged list.
        ItemView item = moderation.openManually("ketashop.example", "test-moderator", "seeded by the test");
        moderation.decide(item.id(), ItemState.CONFIRMED_ROGUE, "sells ketamine vials without a prescription",
                item.version(), "test-moderator");
        indexer.flush();
        client.indices().refresh(r -> r.index(admin.alias()));
    }

    private Listing save(Listing listing) {
        Listing saved = repository.save(listing);
        indexer.index(saved);
        return saved;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> get(String uri) {
        return http.toBlocking().retrieve(HttpRequest.GET(uri), Map.class);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> results(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("results");
    }

    @Test
    void searchNearACityListsClinicsNearestFirstWithDistances() {
        Map<String, Object> page = get("/api/v1/clinics?near=Austin,%20TX&sort=distance");

        List<Map<String, Object>> results = results(page);
        assertEquals(List.of("Austin Ketamine Center", "Round Rock Infusions"), results.stream().map(r -> r.get("name")).toList());
        assertNotNull(results.get(0).get("distance"));
        assertEquals(2, ((Number) page.get("total")).intValue());
    }

    @Test
    void searchNearAZipCodeFindsTheClinicThere() {
        Map<String, Object> page = get("/api/v1/clinics?near=10001&radius=5");

        assertEquals(List.of("Chelsea Ketamine"), results(page).stream().map(r -> r.get("name")).toList());
    }

    @Test
    void searchByLatLonWithServiceFilter() {
        Map<String, Object> page = get("/api/v1/clinics?lat=30.27&lon=-97.74&service=iv-infusion");

        assertEquals(List.of("Round Rock Infusions"), results(page).stream().map(r -> r.get("name")).toList());
    }

    @Test
    void flaggedSellerIsNotInResultsEvenWhenItMatchesBest() {
        Map<String, Object> page = get("/api/v1/clinics?q=austin%20ketamine&near=78701&radius=1");

        assertEquals(List.of("Austin Ketamine Center"), results(page).stream().map(r -> r.get("name")).toList());
        assertFalse(results(page).stream().anyMatch(r -> r.get("id").equals(String.valueOf(seller.id()))));
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource({
        "lat=abc&lon=1, lat",
        "lat=91&lon=1, lat",
        "lat=10&lon=-181, lon",
        "lat=10, lon",
        "near=10001&radius=-5, radius",
        "radius=10, radius",
        "size=0, size",
        "size=101, size",
        "size=ten, size",
        "cursor=%25%25garbled, cursor",
        "cursor=bm90LWpzb24, cursor",
        "sort=popularity, sort",
        "sort=distance, sort",
        "near=Atlantis%2C%20ZZ, near",
        "rems=maybe, rems"
    })
    void badParametersAnswer400NamingTheParameter(String query, String parameter) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve(HttpRequest.GET("/api/v1/clinics?" + query), Map.class));

        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertEquals(parameter, e.getResponse().getBody(Map.class).orElseThrow().get("parameter"));
    }

    @Test
    void cursorWalkOverHttpVisitsEachClinicOnce() {
        List<Object> seen = new ArrayList<>();
        Map<String, Object> page = get("/api/v1/clinics?size=1&sort=trust");
        results(page).forEach(r -> seen.add(r.get("id")));
        while (page.get("nextCursor") != null) {
            page = get("/api/v1/clinics?size=1&sort=trust&cursor=" + page.get("nextCursor"));
            results(page).forEach(r -> seen.add(r.get("id")));
        }

        assertEquals(3, seen.size());
        assertEquals(3, seen.stream().distinct().count());
    }

    @Test
    @SuppressWarnings("unchecked")
    void profileShowsSignalsWithEvidenceAndSources() {
        Map<String, Object> profile = get("/api/v1/clinics/" + austin.id());

        assertEquals("Austin Ketamine Center", profile.get("name"));
        List<Map<String, Object>> signals = (List<Map<String, Object>>) profile.get("signals");
        Map<String, Object> evidence = ((List<Map<String, Object>>) signals.get(0).get("evidence")).get(0);
        assertEquals("Dr. Ana Ruiz, MD", evidence.get("snippet"));
        assertEquals(List.of("https://austin-kc.example/", "https://austin-kc.example/team"), profile.get("sources"));
        assertNotNull(profile.get("lastCrawledAt"));
    }

    @Test
    void unknownProfileIs404() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve(HttpRequest.GET("/api/v1/clinics/999999"), Map.class));

        assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
    }

    @Test
    @SuppressWarnings("unchecked")
    void suggestCompletesClinicNames() {
        List<Map<String, Object>> suggestions = (List<Map<String, Object>>) get("/api/v1/suggest?prefix=Chel").get("suggestions");

        assertEquals("Chelsea Ketamine", suggestions.get(0).get("text"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void verifyKnownClinicReturnsItsVerdict() {
        Map<String, Object> result = get("/api/v1/verify?url=https://www.austin-kc.example/about");

        assertEquals("known", result.get("status"));
        assertEquals(85, ((Map<String, Object>) result.get("verdict")).get("trustScore"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void verifyKnownSellerReturnsFlaggedWithEvidence() {
        Map<String, Object> result = get("/api/v1/verify?url=ketashop.example/shop");

        assertEquals("flagged", result.get("status"));
        Map<String, Object> verdict = (Map<String, Object>) result.get("verdict");
        assertEquals("seller", verdict.get("category"));
        Map<String, Object> signal = ((List<Map<String, Object>>) verdict.get("signals")).get(0);
        assertEquals("No prescription needed!", ((List<Map<String, Object>>) signal.get("evidence")).get(0).get("snippet"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void verifyAndProfileOfASiteHeldForReviewSayItIsUnderReview() {
        Map<String, Object> result = get("/api/v1/verify?url=https://held-tele.example/");
        Map<String, Object> profile = get("/api/v1/clinics/" + held.id());

        assertAll(
                () -> assertEquals("under_review", result.get("status")),
                () -> assertEquals(false, ((Map<String, Object>) result.get("verdict")).get("flagged")),
                () -> assertEquals(true, profile.get("underReview")),
                () -> assertEquals(List.of(), profile.get("badges"), "a verdict without badges gives an empty list, not null"),
                () -> assertEquals(false, get("/api/v1/clinics/" + austin.id()).get("underReview")));
    }

    @Test
    void verifyUnknownSiteQueuesAnAssessment() {
        Map<String, Object> result = get("/api/v1/verify?url=https://never-seen.example/buy");

        assertEquals("unknown", result.get("status"));
        assertEquals(true, result.get("queued"));
        assertTrue(requests.existsBySiteHostAndStatus("never-seen.example", "queued"));
    }

    @Test
    void verifyRefusesSomethingThatIsNotAWebAddress() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve(HttpRequest.GET("/api/v1/verify?url=ftp://x.example"), Map.class));

        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertEquals("url", e.getResponse().getBody(Map.class).orElseThrow().get("parameter"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void flaggedListsConfirmedSellers() {
        Map<String, Object> page = get("/api/v1/flagged?since=2020-01-01T00:00:00Z");

        List<Map<String, Object>> results = (List<Map<String, Object>>) page.get("results");
        assertEquals(List.of("ketashop.example"), results.stream().map(r -> r.get("siteHost")).toList());
        assertEquals(List.of("Sells ketamine without a prescription"), results.get(0).get("reasons"));
        assertNull(page.get("nextCursor"));
    }

    @Test
    void flaggedRefusesAGarbledCursor() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve(HttpRequest.GET("/api/v1/flagged?cursor=zzz"), Map.class));

        assertEquals("cursor", e.getResponse().getBody(Map.class).orElseThrow().get("parameter"));
    }

    @Test
    void openApiSpecAndSwaggerUiAreServed() {
        String spec = http.toBlocking().retrieve("/swagger/clinic-verify-v1.yml");
        String ui = http.toBlocking().retrieve("/swagger-ui/index.html");

        assertTrue(spec.contains("/api/v1/clinics"), spec);
        assertTrue(ui.contains("swagger"), ui);
    }
}
