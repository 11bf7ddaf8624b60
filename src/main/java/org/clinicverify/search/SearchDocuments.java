package org.clinicverify.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.clinicverify.directory.Listing;
import org.clinicverify.score.Category;
import org.clinicverify.score.Verdict;

/**
 * Maps a database {@link Listing} (with its verdict JSON, the Micronaut-serde form of
 * {@link Verdict}) to the {@link SearchDocument} stored in Elasticsearch.
 */
@Singleton
public final class SearchDocuments {

    private final JsonMapper json;

    SearchDocuments(JsonMapper json) {
        this.json = json;
    }

    /** The listing's verdict, if it has been scored. A corrupt verdict is an error naming the listing. */
    public Optional<Verdict> verdictOf(Listing listing) {
        if (listing.verdictJson() == null || listing.verdictJson().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(listing.verdictJson(), Verdict.class));
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + listing.id() + " has a corrupt verdict_json", e);
        }
    }

    public SearchDocument from(Listing listing) {
        Optional<Verdict> verdict = verdictOf(listing);
        List<String> badges = verdict.map(Verdict::badges).orElse(List.of());
        String category = listing.category() != null ? listing.category()
                : verdict.map(v -> v.category().id()).orElse(null);
        boolean flagged = listing.flagged() || verdict.map(Verdict::flagged).orElse(false);
        Integer trust = listing.trustScore() != null ? listing.trustScore() : verdict.map(Verdict::trustScore).orElse(null);
        boolean hidden = flagged || listing.underReview() || Category.SELLER.id().equals(category);
        SearchDocument.GeoPoint location = listing.latitude() != null && listing.longitude() != null
                ? new SearchDocument.GeoPoint(listing.latitude(), listing.longitude()) : null;
        return new SearchDocument(String.valueOf(listing.id()), listing.siteHost(), listing.websiteUrl(),
                listing.name(), hidden ? null : suggest(listing), searchText(listing, category, badges),
                category, flagged, listing.underReview(), trust, listing.street(), listing.city(), listing.region(), listing.postalCode(),
                listing.country(), listing.phone(), location, listing.services(), listing.conditions(),
                listing.payment(), listing.insurance(), badges, listing.remsVerified(), iso(listing.updatedAt()),
                iso(listing.lastCrawledAt()), iso(listing.lastVerifiedAt()));
    }

    /** Sellers, flagged sites and sites held for review get no suggestion entry, so autocomplete never offers them. */
    private static SearchDocument.Suggest suggest(Listing listing) {
        List<String> input = new ArrayList<>();
        input.add(listing.name());
        if (listing.city() != null && listing.region() != null) {
            input.add(listing.city() + ", " + listing.region());
        } else if (listing.city() != null) {
            input.add(listing.city());
        }
        return new SearchDocument.Suggest(input);
    }

    private static String searchText(Listing listing, String category, List<String> badges) {
        List<String> parts = new ArrayList<>();
        parts.add(listing.name());
        // Every clinic and telehealth listing is a ketamine-therapy provider, whatever its name says,
        // so "ketamine clinic near me" style queries match it.
        if (Category.CLINIC.id().equals(category) || Category.TELEHEALTH.id().equals(category)) {
            parts.add("ketamine therapy " + category);
        }
        parts.add(listing.siteHost());
        addIfPresent(parts, listing.street());
        addIfPresent(parts, listing.city());
        addIfPresent(parts, listing.region());
        addIfPresent(parts, listing.postalCode());
        parts.addAll(listing.services());
        parts.addAll(listing.conditions());
        parts.addAll(listing.payment());
        parts.addAll(listing.insurance());
        parts.addAll(badges);
        return TextFolding.foldAndExpand(String.join(" . ", parts));
    }

    private static String iso(java.time.Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static void addIfPresent(List<String> parts, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(value);
        }
    }
}
