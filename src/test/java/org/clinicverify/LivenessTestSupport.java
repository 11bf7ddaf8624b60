package org.clinicverify;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.clinicverify.directory.Listing;
import org.clinicverify.directory.ListingRepository;
import org.clinicverify.moderation.ItemState;
import org.clinicverify.moderation.ItemView;
import org.clinicverify.moderation.ModerationQueue;
import org.clinicverify.testsupport.TestApp;

/** Shared set-up of the liveness tests: a confirmed seller with a listing, and the app's properties. */
final class LivenessTestSupport {

    private LivenessTestSupport() {
    }

    /** H2, cheap bcrypt, no background crawl or recheck (tests call runOnce), a clock moved by hand. */
    static Map<String, String> properties(boolean allowPrivateAddresses) {
        Map<String, Object> properties = TestApp.withH2();
        properties.put("clinicverify.crawl.background", false);
        properties.put("clinicverify.moderation.liveness-interval", "0");
        properties.put("clinicverify.moderation.liveness-timeout", "3s");
        properties.put("clinicverify.moderation.liveness-allow-private-addresses", allowPrivateAddresses);
        properties.put("clinicverify.moderation.bcrypt-strength", 4);
        properties.put("clinicverify.security.jwt-secret", "test-secret-test-secret-test-secret-0123");
        properties.put("test.stepping-clock", true);
        return TestApp.asStrings(properties);
    }

    /** Stores a listing pointing at {@code websiteUrl} and confirms the host as a rogue seller. */
    static ItemView confirmedSeller(ModerationQueue queue, ListingRepository listings, String host, String websiteUrl) {
        listings.save(new Listing(null, host, "Seller at " + host, null, "Denver", "CO", null, "US", null, null, null,
                websiteUrl, List.of(), List.of(), List.of(), List.of(), "seller", true, false, 5, false, null, "test-1",
                Instant.parse("2026-11-01T00:00:00Z"), null, null, null));
        ItemView opened = queue.openManually(host, "alice", "seen in a consumer alert");
        return queue.decide(opened.id(), ItemState.CONFIRMED_ROGUE, "sells vials without prescription",
                opened.version(), "alice");
    }
}
