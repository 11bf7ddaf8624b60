package org.clinicverify.crawl;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
@Property(name = "clinicverify.crawl.background", value = "false")
@Property(name = "clinicverify.crawl.config", value = "crawler-config/production.yml")
@Property(name = "clinicverify.crawl.demo-web-port", value = "48000")
@Property(name = "datasources.default.url", value = "jdbc:h2:mem:crawl-settings;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")
class CrawlSettingsTest {

    @Inject
    CrawlSettings settings;

    @Test
    void bindsTheServiceCrawlSettings() {
        assertAll(
                () -> assertFalse(settings.background()),
                () -> assertEquals("crawler-config/production.yml", settings.config()),
                () -> assertEquals(48000, settings.demoWebPort()));
    }
}
