package org.clinicverify.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
@Property(name = "datasources.default.url", value = "jdbc:h2:mem:websettings;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@Property(name = "clinicverify.web.default-radius-miles", value = "30")
@Property(name = "clinicverify.web.verify-requests-per-minute", value = "4")
@Property(name = "clinicverify.web.tile-url", value = "https://tiles.example.org/{z}/{x}/{y}.png")
class WebSettingsTest {

    @Inject
    WebSettings settings;

    @Test
    void bindsTheWebSection() {
        assertEquals(30, settings.defaultRadiusMiles());
        assertEquals(500, settings.maxRadiusMiles());
        assertEquals(20, settings.defaultPageSize());
        assertEquals(4, settings.verifyRequestsPerMinute());
        assertEquals("https://tiles.example.org/{z}/{x}/{y}.png", settings.tileUrl());
    }
}
