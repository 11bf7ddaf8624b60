package org.clinicverify;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * @param keptExtractions pages whose extraction the pipeline keeps in memory from the moment the crawl
 *                        stores them until their site is finished (a few tens of KB each); pages beyond
 *                        are read back from the page store and extracted again. 0: keep none.
 */
@ConfigurationProperties("clinicverify.pipeline")
public record PipelineSettings(@Min(0) @Max(1_000_000) int keptExtractions) {
}
