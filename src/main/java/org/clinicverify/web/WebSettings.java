package org.clinicverify.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Settings of the public API and pages.
 *
 * @param defaultRadiusMiles          radius used when a location is given without {@code radius}
 * @param maxRadiusMiles              largest accepted {@code radius}
 * @param defaultPageSize             results per page without {@code size}
 * @param verifyRequestsPerMinute     unknown-site checks (which queue an assessment) per client IP and minute
 * @param tileUrl                     map tile URL template for the search page (e.g.
 *                                    https://tile.example.org/{z}/{x}/{y}.png); blank = the bundled
 *                                    offline US state outlines only
 * @param tileAttribution             attribution shown with the tiles
 */
@ConfigurationProperties("clinicverify.web")
public record WebSettings(@Min(1) @Max(500) int defaultRadiusMiles,
                          @Min(1) @Max(3000) int maxRadiusMiles,
                          @Min(1) @Max(100) int defaultPageSize,
                          @Min(1) @Max(10_000) int verifyRequestsPerMinute,
                          @Nullable String tileUrl,
                          @Nullable String tileAttribution) {
}
