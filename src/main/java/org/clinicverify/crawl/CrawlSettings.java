package org.clinicverify.crawl;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The crawl the HTTP service runs by itself ({@code clinicverify.crawl}).
 *
 * @param background  the service crawls {@code config} by itself: at start when nothing is crawled yet
 *                    or a crawl was cut short, then on its {@code recrawl-interval}; off, only the
 *                    {@code crawl} command crawls (env CLINICVERIFY_CRAWL_BACKGROUND)
 * @param config           the crawl configuration file used for that crawl and for the recrawls on its
 *                         {@code recrawl-interval} (env CLINICVERIFY_CRAWL_CONFIG)
 * @param demoWebPort      first port of the bundled demo web (site n gets this + n), so that repeated
 *                         demo crawls see the same hosts; 0, or a port in use, means ephemeral ports
 *                         (env CLINICVERIFY_CRAWL_DEMO_WEB_PORT)
 */
@ConfigurationProperties("clinicverify.crawl")
public record CrawlSettings(@Bindable(defaultValue = "true") boolean background,
                            @Bindable(defaultValue = "crawler-config/demo.yml") @NotBlank String config,
                            @Bindable(defaultValue = "0") @PositiveOrZero int demoWebPort) {
}
