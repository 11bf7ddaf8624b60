package org.clinicverify.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
@Property(name = "clinicverify.score.rules", value = "/etc/clinic-verify/rules.yml")
@Property(name = "clinicverify.score.max-body-bytes", value = "1024")
@Property(name = "datasources.default.url", value = "jdbc:h2:mem:score-settings;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")
class ScoreSettingsTest {

    @Inject
    ScoreSettings settings;

    @Test
    void settingsBindFromConfiguration() {
        assertEquals(new ScoreSettings("/etc/clinic-verify/rules.yml", 1024), settings);
    }
}
