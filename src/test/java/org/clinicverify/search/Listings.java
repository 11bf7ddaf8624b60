package org.clinicverify.search;

import java.time.Instant;
import java.util.List;

import io.micronaut.json.JsonMapper;
import org.clinicverify.directory.Listing;
import org.clinicverify.score.Category;
import org.clinicverify.score.Evidence;
import org.clinicverify.score.Signal;
import org.clinicverify.score.Verdict;

/** Builds listings for search tests (stored through ListingRepository, indexed through ListingIndexer). */
public final class Listings {

    private Listings() {
    }

    public static Listing clinic(String host, String name, double lat, double lon, List<String> services,
                                 List<String> conditions, List<String> payment, int trust, JsonMapper json) {
        Verdict verdict = new Verdict(Category.CLINIC, false, trust,
                List.of(new Signal("licensed-clinician", 20, "Names a licensed physician",
                        List.of(new Evidence("Dr. Ana Ruiz, MD", "https://" + host + "/team")))),
                List.of("Licensed clinicians"), "test-1");
        return new Listing(null, host, name, "1 Main St", "Austin", "TX", "78701", "US", null, lat, lon,
                "https://" + host + "/", services, conditions, payment, List.of(), "clinic", false, false, trust, false,
                write(json, verdict), "test-1", Instant.parse("2026-11-01T00:00:00Z"), null, null, null);
    }

    public static Listing seller(String host, String name, double lat, double lon, JsonMapper json) {
        Verdict verdict = new Verdict(Category.SELLER, true, 3,
                List.of(new Signal("sells-without-prescription", -60, "Sells ketamine without a prescription",
                        List.of(new Evidence("No prescription needed!", "https://" + host + "/shop")))),
                List.of(), "test-1");
        return new Listing(null, host, name, null, null, null, null, "US", null, lat, lon,
                "https://" + host + "/", List.of("ketamine"), List.of("depression"), List.of("crypto"), List.of(),
                "seller", true, false, 3, false, write(json, verdict), "test-1", null, null, null, null);
    }

    /** The rules flagged it, the text model withdrew the flag: held out of search until a moderator decides. */
    public static Listing heldForReview(String host, String name, double lat, double lon, JsonMapper json) {
        Verdict verdict = new Verdict(Category.TELEHEALTH, false, 30,
                List.of(new Signal(Verdict.MODEL_DOUBT, 0, "The page's words do not read as a seller's",
                        List.of(new Evidence("telehealth 0.72", "https://" + host + "/")))),
                List.of(), "test-1");
        return new Listing(null, host, name, "9 Main St", "Austin", "TX", "78701", "US", null, lat, lon,
                "https://" + host + "/", List.of("ketamine"), List.of("depression"), List.of("crypto"), List.of(),
                "telehealth", false, true, 30, false, write(json, verdict), "test-1", null, null, null, null);
    }

    private static String write(JsonMapper json, Verdict verdict) {
        try {
            return json.writeValueAsString(verdict);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
