package org.clinicverify.search;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;

/**
 * One listing as stored in the clinics index. Field names are those of
 * {@code index-mappings/clinics.json}; {@link SearchDocuments#from} builds it from a database row.
 * Dates are ISO-8601 strings (the client's JSON mapper has no java.time module).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchDocument(
        @JsonProperty("listing_id") String listingId,
        @JsonProperty("site_host") String siteHost,
        @JsonProperty("url") @Nullable String url,
        @JsonProperty("name") String name,
        @JsonProperty("name_suggest") @Nullable Suggest nameSuggest,
        @JsonProperty("search_text") String searchText,
        @JsonProperty("category") @Nullable String category,
        @JsonProperty("flagged") boolean flagged,
        @JsonProperty("under_review") boolean underReview,
        @JsonProperty("trust_score") @Nullable Integer trustScore,
        @JsonProperty("street") @Nullable String street,
        @JsonProperty("city") @Nullable String city,
        @JsonProperty("region") @Nullable String region,
        @JsonProperty("postal_code") @Nullable String postalCode,
        @JsonProperty("country") @Nullable String country,
        @JsonProperty("phone") @Nullable String phone,
        @JsonProperty("location") @Nullable GeoPoint location,
        @JsonProperty("services") List<String> services,
        @JsonProperty("conditions") List<String> conditions,
        @JsonProperty("payment") List<String> payment,
        @JsonProperty("insurance") List<String> insurance,
        @JsonProperty("badges") List<String> badges,
        @JsonProperty("rems_verified") boolean remsVerified,
        @JsonProperty("updated_at") @Nullable String updatedAt,
        @JsonProperty("last_crawled_at") @Nullable String lastCrawledAt,
        @JsonProperty("last_verified_at") @Nullable String lastVerifiedAt) {

    /** Completion input: the clinic name and its place ("Austin, TX"). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Suggest(@JsonProperty("input") List<String> input) {
    }

    public record GeoPoint(@JsonProperty("lat") double lat, @JsonProperty("lon") double lon) {
    }
}
