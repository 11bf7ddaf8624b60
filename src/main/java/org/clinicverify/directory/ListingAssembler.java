package org.clinicverify.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.clinicverify.extract.PracticeLocation;
import org.clinicverify.extract.SiteProfile;
import org.clinicverify.extract.Treatment;
import org.clinicverify.score.Verdict;

/**
 * Turns what the extractor and the scorer said about a site into directory rows: one listing per
 * practice location, or a single listing named after the site when it shows no location (sellers
 * and informational sites are listed too, so the site check can answer for them).
 */
@Singleton
public class ListingAssembler {

    /** The signal that means the scorer matched the site to the REMS registry. */
    static final String REMS_REGISTRY_MATCH = "rems-registry-match";

    private final JsonMapper json;

    public ListingAssembler(JsonMapper json) {
        this.json = json;
    }

    /**
     * @param standing the effective flag (the scorer's, unless moderators decided otherwise) and
     *                 whether the site waits for a moderator
     */
    public List<Listing> listings(SiteProfile profile, Verdict verdict, SiteStanding standing, URI siteUrl,
                                  Instant crawledAt, Instant verifiedAt) {
        String verdictJson = toJson(verdict);
        boolean remsVerified = verdict.signals().stream().anyMatch(s -> s.id().equals(REMS_REGISTRY_MATCH));
        List<String> services = profile.treatments().stream().sorted().map(ListingAssembler::serviceId).toList();
        List<String> conditions = List.copyOf(new TreeSet<>(profile.conditions()));
        List<String> payment = List.copyOf(new TreeSet<>(profile.paymentMethods()));
        List<String> insurance = List.copyOf(new TreeSet<>(profile.insurance()));
        String siteName = profile.name() == null || profile.name().isBlank() ? profile.host() : profile.name();
        String mainPhone = profile.phones().isEmpty() ? null : profile.phones().get(0);

        List<PracticeLocation> locations = profile.locations().isEmpty()
                ? List.of(new PracticeLocation(siteName, null, null, null, null, null, mainPhone, null, null, null))
                : profile.locations();
        List<Listing> listings = new ArrayList<>();
        Set<String> seenNames = new TreeSet<>();
        for (PracticeLocation location : locations) {
            String name = location.name() == null || location.name().isBlank() ? siteName : location.name();
            if (locations.size() > 1 && !seenNames.add(name) && location.city() != null) {
                name = name + " (" + location.city() + ")";
            }
            listings.add(new Listing(null, profile.host(), clip(name, 300), location.street(), location.city(),
                    location.region(), location.postalCode(), location.country(),
                    location.phoneE164() == null ? mainPhone : location.phoneE164(),
                    location.latitude(), location.longitude(), siteUrl.toString(), services, conditions, payment,
                    insurance, verdict.category().id(), standing.flagged(), standing.underReview(), verdict.trustScore(),
                    remsVerified, verdictJson, verdict.scorerVersion(), crawledAt, verifiedAt, null, null));
        }
        return listings;
    }

    static String serviceId(Treatment treatment) {
        return treatment.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private String toJson(Verdict verdict) {
        try {
            return json.writeValueAsString(verdict);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serialise a verdict", e);
        }
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
