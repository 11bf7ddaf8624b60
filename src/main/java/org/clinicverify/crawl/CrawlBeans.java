package org.clinicverify.crawl;


import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

/** Beans the crawl needs that are not classes of its own. */
@Factory
final class CrawlBeans {

    /** The operating system's DNS resolver (every answer still goes through the SSRF guard). */
    @Singleton
    @Secondary
    HostResolver systemResolver() {
        return HostResolver.system();
    }

    @Singleton
    CrawlConfigLoader crawlConfigLoader() {
        return new CrawlConfigLoader();
    }
}
