package org.clinicverify.search;

import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;

/**
 * How often the running service checks that the index is in step with the database.
 *
 * @param interval time between two checks of {@link IndexCatchUp}: a listing whose write to
 *                 Elasticsearch failed is back in search one interval after the node is; a count
 *                 mismatch without failed writes is rebuilt when it is seen twice, so within two
 */
@ConfigurationProperties("clinicverify.search.catch-up")
public record CatchUpSettings(@NotNull Duration interval) {
}
