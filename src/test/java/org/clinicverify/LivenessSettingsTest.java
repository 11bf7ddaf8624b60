package org.clinicverify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The liveness keys of the moderation section bind, and 0 or blank switch the recheck off. */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "datasources.default.url", value = "jdbc:h2:mem:liveness-binding;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@Property(name = "clinicverify.moderation.liveness-interval", value = "2h")
@Property(name = "clinicverify.moderation.liveness-max-sites-per-run", value = "7")
@Property(name = "clinicverify.moderation.liveness-allow-private-addresses", value = "true")
class LivenessSettingsTest {

    @Inject
    LivenessSettings settings;

    @Test
    void bindsTheLivenessKeys() {
        assertEquals(List.of(Optional.of(Duration.ofHours(2)), 7, true, Duration.ofSeconds(10), 16384L),
                List.of(settings.interval(), settings.livenessMaxSitesPerRun(), settings.livenessAllowPrivateAddresses(),
                        settings.livenessTimeout(), settings.livenessMaxBodyBytes()));
    }

    @Test
    void theDefaultIntervalIsSixHours() {
        assertEquals(Optional.of(Duration.ofHours(6)), intervalWith(Map.of()));
    }

    @Test
    void zeroSwitchesTheRecheckOff() {
        assertEquals(Optional.empty(), intervalWith(Map.of("clinicverify.moderation.liveness-interval", "0")));
    }

    @Test
    void blankSwitchesTheRecheckOff() {
        assertEquals(Optional.empty(), intervalWith(Map.of("clinicverify.moderation.liveness-interval", "")));
    }

    private static Optional<Duration> intervalWith(Map<String, Object> extra) {
        Map<String, Object> properties = new java.util.HashMap<>(extra);
        properties.put("datasources.default.url", "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            return context.getBean(LivenessSettings.class).interval();
        }
    }
}
