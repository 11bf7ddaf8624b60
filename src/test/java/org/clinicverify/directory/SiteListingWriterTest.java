package org.clinicverify.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.clinicverify.testsupport.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteListingWriterTest implements TestPropertyProvider {

    @Inject
    SiteListingWriter writer;

    @Inject
    ListingRepository listings;

    @Override
    public @NonNull Map<String, String> getProperties() {
        return TestApp.asStrings(TestApp.withPostgres("sitewriter"));
    }

    @Test
    void aRecrawlKeepsIdsOfLocationsStillThereAndRemovesVanishedOnes() {
        String host = "multi.example";
        List<Listing> first = writer.replaceSite(host, List.of(
                located(host, "Multi Austin", "100 Congress Ave", "78701"),
                located(host, "Multi Dallas", "200 Elm St", "75201"))).stored();

        SiteListingWriter.Replacement second = writer.replaceSite(host, List.of(
                located(host, "Multi Ketamine Austin (renamed)", "100 Congress Ave.", "78701"),
                located(host, "Multi Houston", "300 Main St", "77002")));

        assertEquals(first.get(0).id(), second.stored().get(0).id(), "Austin keeps its id");
        assertEquals("Multi Ketamine Austin (renamed)", listings.findById(first.get(0).id()).orElseThrow().name());
        assertNotEquals(first.get(1).id(), second.stored().get(1).id(), "Houston is new");
        assertEquals(List.of(first.get(1).id()), second.removedIds(), "Dallas is gone");
        assertEquals(2, listings.findBySiteHostOrderById(host).size());
    }

    @Test
    void otherSitesAreUntouched() {
        Listing other = listings.save(Listing.of("other.example", "Other"));

        writer.replaceSite("mine.example", List.of(Listing.of("mine.example", "Mine")));

        assertEquals("Other", listings.findById(other.id()).orElseThrow().name());
    }

    private static Listing located(String host, String name, String street, String postalCode) {
        Listing base = Listing.of(host, name);
        return new Listing(null, host, name, street, null, "TX", postalCode, "US", null, null, null, null,
                base.services(), base.conditions(), base.payment(), base.insurance(), "clinic", false, false, 50, false,
                null, null, null, null, null, null);
    }
}
