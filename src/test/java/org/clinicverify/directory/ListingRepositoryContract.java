package org.clinicverify.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The same round trip on every database we support; subclasses choose the database. */
abstract class ListingRepositoryContract {

    @Inject
    ListingRepository listings;

    @Test
    void listingRoundTripsWithAllItsFields() {
        Instant crawled = Instant.parse("2026-11-01T10:15:30Z");
        Listing saved = listings.save(new Listing(null, "willow-creek.example", "Willow Creek Ketamine Center",
                "2200 Barton Springs Rd, Ste 200", "Austin", "TX", "78704", "US", "+15125550147",
                30.2616, -97.7723, "https://willow-creek.example/",
                List.of("esketamine-nasal-spray", "iv-infusion"), List.of("treatment-resistant-depression"),
                List.of("card"), List.of("Aetna"), "clinic", false, false, 87, true, "{\"signals\":[]}", "score-1",
                crawled, crawled, null, null));

        assertNotNull(saved.id());
        Listing loaded = listings.findById(saved.id()).orElseThrow();
        assertEquals("Willow Creek Ketamine Center", loaded.name());
        assertEquals("2200 Barton Springs Rd, Ste 200", loaded.street());
        assertEquals(30.2616, loaded.latitude());
        assertEquals(List.of("esketamine-nasal-spray", "iv-infusion"), loaded.services());
        assertEquals(List.of("Aetna"), loaded.insurance());
        assertEquals(87, loaded.trustScore());
        assertTrue(loaded.remsVerified());
        assertEquals(crawled, loaded.lastCrawledAt().truncatedTo(ChronoUnit.SECONDS));
        assertNotNull(loaded.createdAt());
    }

    @Test
    void listingsAreFoundBySiteInInsertionOrder() {
        listings.save(Listing.of("multi.example", "Multi Ketamine Austin"));
        listings.save(Listing.of("multi.example", "Multi Ketamine Dallas"));
        listings.save(Listing.of("other.example", "Other Clinic"));

        List<String> names = listings.findBySiteHostOrderById("multi.example").stream().map(Listing::name).toList();

        assertEquals(List.of("Multi Ketamine Austin", "Multi Ketamine Dallas"), names);
    }
}
