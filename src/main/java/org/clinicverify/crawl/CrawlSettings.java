package org.clinicverify.crawl;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The crawl the HTTP service runs by itself ({@code clinicverify.crawl}).
 *
 * @param demoOnFirstStart crawl once in the background when the service starts with no crawled page
 *                         (env CLINICVERIFY_CRAWL_DEMO_ON_FIRST_START)
 * @param config           the crawl configuration file used for that crawl and for the recrawls on its
 *                         {@code recrawl-interval} (env CLINICVERIFY_CRAWL_CONFIG)
 * @param demoWebPort      first port of the bundled demo web (site n gets this + n), so that repeated
 *                         demo crawls see the same hosts; 0, or a port in use, means ephemeral ports
 *                         (env CLINICVERIFY_CRAWL_DEMO_WEB_PORT)
 */
@ConfigurationProperties("clinicverify.crawl")
public record CrawlSettings(@Bindable(defaultValue = "true") boolean demoOnFirstStart,
                            @Bindable(defaultValue = "crawler-config/demo.yml") @NotBlank String config,
                            @Bindable(defaultValue = "0") @PositiveOrZero int demoWebPort) {
}
