package org.clinicverify.search;

import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Limits of indexing and rebuilding.
 *
 * @param bulkMaxOperations    operations per bulk request before the ingester sends it
 * @param bulkFlushInterval    longest time an operation waits in the ingester before it is sent
 * @param bulkMaxConcurrent    bulk requests in flight at once
 * @param reindexPageSize      database rows read per page while rebuilding the index
 * @param oldIndexGrace        how long a replaced index is kept after the alias swap, so searches
 *                             already running on it finish before it is deleted
 */
@ConfigurationProperties("clinicverify.search.indexing")
public record IndexingSettings(@Min(1) @Max(10_000) int bulkMaxOperations,
                               @NotNull Duration bulkFlushInterval,
                               @Min(1) @Max(16) int bulkMaxConcurrent,
                               @Min(1) @Max(10_000) int reindexPageSize,
                               @NotNull Duration oldIndexGrace) {
}
