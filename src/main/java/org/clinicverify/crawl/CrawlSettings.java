package org.clinicverify.crawl;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;

/**
 * The crawl the HTTP service runs by itself ({@code clinicverify.crawl}).
 *
 * @param demoOnFirstStart crawl once in the background when the service starts with no crawled page
 *                         (env CLINICVERIFY_CRAWL_DEMO_ON_FIRST_START)
 * @param config           the crawl configuration file used for that crawl and for the recrawls on its
 *                         {@code recrawl-interval} (env CLINICVERIFY_CRAWL_CONFIG)
 */
@ConfigurationProperties("clinicverify.crawl")
public record CrawlSettings(@Bindable(defaultValue = "true") boolean demoOnFirstStart,
                            @Bindable(defaultValue = "crawler-config/demo.yml") @NotBlank String config) {
}
