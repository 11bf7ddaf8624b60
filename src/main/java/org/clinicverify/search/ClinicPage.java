package org.clinicverify.search;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One page of clinic search results.
 *
 * @param results       the hits of this page
 * @param facets        counts over all matching clinics (not just this page)
 * @param total         number of matching clinics
 * @param totalRelation "eq" when {@code total} is exact, "gte" when it is a lower bound
 * @param nextCursor    pass as {@code cursor} for the next page; null on the last page
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ClinicPage(List<ClinicHit> results, Facets facets, long total, String totalRelation,
                         @Nullable String nextCursor) {

    /** A clinic in a result list. {@code distance} is in miles from the search origin (null without one). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ClinicHit(String id, String name, Address address, @Nullable Double distance,
                            @Nullable Coordinates location, List<String> services, List<String> conditions,
                            @Nullable Integer trustScore, List<String> badges, @Nullable String category,
                            boolean remsVerified, String siteHost) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Address(@Nullable String street, @Nullable String city, @Nullable String region,
                          @Nullable String postalCode, @Nullable String country) {
    }

    /** Facet counts; {@code distance} bands are present only when the search has an origin. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Facets(List<FacetCount> services, List<FacetCount> conditions, List<FacetCount> payment,
                         List<FacetCount> distance) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FacetCount(String value, long count) {
    }
}
