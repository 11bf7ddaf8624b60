package org.clinicverify.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Replaces the listings of one site with a freshly assembled set, keeping the ids of locations that
 * are still there (matched by their address key), so profile links and search ids stay stable
 * across recrawls and rescoring.
 */
@Singleton
public class SiteListingWriter {

    private final ListingRepository listings;

    public SiteListingWriter(ListingRepository listings) {
        this.listings = listings;
    }

    /** Stores {@code fresh} as the site's listings; returns the stored rows and the ids removed. */
    @Transactional
    public Replacement replaceSite(String siteHost, List<Listing> fresh) {
        List<Listing> before = listings.findBySiteHostOrderById(siteHost);
        Map<String, Listing> reusable = new HashMap<>();
        before.forEach(listing -> reusable.putIfAbsent(locationKey(listing), listing));
        List<Listing> stored = new ArrayList<>();
        for (Listing listing : fresh) {
            Listing previous = reusable.remove(locationKey(listing));
            stored.add(previous == null ? listings.save(listing) : listings.update(withIdentity(listing, previous)));
        }
        List<Long> removed = new ArrayList<>();
        for (Listing listing : before) {
            if (stored.stream().noneMatch(kept -> Objects.equals(kept.id(), listing.id()))) {
                listings.deleteById(listing.id());
                removed.add(listing.id());
            }
        }
        return new Replacement(stored, removed);
    }

    /** What a replacement did, so the search index can follow. */
    public record Replacement(List<Listing> stored, List<Long> removedIds) {
    }

    private static Listing withIdentity(Listing fresh, Listing previous) {
        return new Listing(previous.id(), fresh.siteHost(), fresh.name(), fresh.street(), fresh.city(), fresh.region(),
                fresh.postalCode(), fresh.country(), fresh.phone(), fresh.latitude(), fresh.longitude(),
                fresh.websiteUrl(), fresh.services(), fresh.conditions(), fresh.payment(), fresh.insurance(),
                fresh.category(), fresh.flagged(), fresh.underReview(), fresh.trustScore(), fresh.remsVerified(),
                fresh.verdictJson(), fresh.scorerVersion(), fresh.lastCrawledAt(), fresh.lastVerifiedAt(), previous.createdAt(), null);
    }

    /** A location is the same when its street and postal code are (or, without an address, its name). */
    static String locationKey(Listing listing) {
        String street = normalize(listing.street());
        String postal = normalize(listing.postalCode());
        return street.isEmpty() && postal.isEmpty() ? "name:" + normalize(listing.name()) : street + "|" + postal;
    }

    private static String normalize(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }
}
