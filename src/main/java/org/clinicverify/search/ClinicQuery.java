package org.clinicverify.search;

import java.util.List;

import io.micronaut.core.annotation.Nullable;

/**
 * A validated clinic search. Build it in the web layer after checking every parameter.
 *
 * @param text         free text (folded in Java before it reaches Elasticsearch), or null
 * @param origin       where distances are measured from, or null
 * @param radiusMiles  only clinics within this distance of {@code origin}; null when no origin
 * @param services     every one required (canonical ids)
 * @param conditions   every one required
 * @param insurance    every one required
 * @param remsOnly     only listings matched to the Spravato REMS registry
 * @param verifiedOnly only listings a moderator or registry check has verified ({@code last_verified_at} set)
 * @param sort         result order
 * @param size         page size, 1..100
 * @param after        the cursor of the previous page, or null for the first page
 */
public record ClinicQuery(@Nullable String text,
                          @Nullable Coordinates origin,
                          @Nullable Double radiusMiles,
                          List<String> services,
                          List<String> conditions,
                          List<String> insurance,
                          boolean remsOnly,
                          boolean verifiedOnly,
                          SortOrder sort,
                          int size,
                          @Nullable Cursor after) {

    public static final int MAX_SIZE = 100;

    public ClinicQuery {
        services = List.copyOf(services);
        conditions = List.copyOf(conditions);
        insurance = List.copyOf(insurance);
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        if (sort == SortOrder.DISTANCE && origin == null) {
            throw new IllegalArgumentException("sort=distance needs a location (near or lat/lon)");
        }
    }

    /** Result orders. Every order ends with the listing id, so pages never overlap. */
    public enum SortOrder {
        RELEVANCE, DISTANCE, TRUST;

        public static SortOrder parse(String value) {
            for (SortOrder order : values()) {
                if (order.name().equalsIgnoreCase(value)) {
                    return order;
                }
            }
            throw new IllegalArgumentException("unknown sort '" + value + "': use relevance, distance or trust");
        }
    }
}
