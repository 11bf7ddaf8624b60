package org.clinicverify.crawl;

import java.time.Clock;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

/** Beans the crawl needs that are not classes of its own. */
@Factory
final class CrawlBeans {

    /** The system clock; secondary so that an application-wide (or test) Clock bean wins. */
    @Singleton
    @Secondary
    Clock systemClock() {
        return Clock.systemUTC();
    }

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
