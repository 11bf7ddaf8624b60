package org.clinicverify.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.clinicverify.score.Signal;

/**
 * A clinic's public profile: everything the directory knows, with the reasons behind its trust
 * score ({@code signals}, each with evidence) and the pages they came from ({@code sources}).
 * {@code underReview}: a moderator is checking the site (the scorer doubted a seller flag), so it is
 * not offered in search until they decide.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record ClinicProfile(long id, String name, String siteHost, @Nullable String websiteUrl,
                     @Nullable String street, @Nullable String city, @Nullable String region,
                     @Nullable String postalCode, @Nullable String country, @Nullable String phone,
                     @Nullable Double lat, @Nullable Double lon,
                     List<String> services, List<String> conditions, List<String> payment, List<String> insurance,
                     @Nullable String category, boolean flagged, boolean underReview, @Nullable Integer trustScore, boolean remsVerified,
                     List<String> badges, List<Signal> signals, List<String> sources,
                     @Nullable String scorerVersion, @Nullable Instant lastCrawledAt, @Nullable Instant lastVerifiedAt,
                     @Nullable Instant updatedAt) {
}
