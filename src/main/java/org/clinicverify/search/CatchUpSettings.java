package org.clinicverify.search;

import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;

/**
 * How often the running service checks that the index is in step with the database.
 *
 * @param interval time between two checks of {@link IndexCatchUp} (and so the longest a listing
 *                 written while Elasticsearch was away stays out of search once it is back)
 */
@ConfigurationProperties("clinicverify.search.catch-up")
public record CatchUpSettings(@NotNull Duration interval) {
}
