package org.clinicverify.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import org.junit.jupiter.api.Test;

/** Binding of clinicverify.partner and its plans (no server, no database). */
class PartnerSettingsTest {

    @Test
    void bindsTheShippedDefaults() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("datasources.default.url",
                "jdbc:h2:mem:settings;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"))) {
            PartnerSettings settings = context.getBean(PartnerSettings.class);
            Plans plans = context.getBean(Plans.class);

            assertEquals(Duration.ofSeconds(10), settings.keyCacheTtl());
            assertEquals(List.of(), settings.trustedProxies());
            assertEquals(new Plan("anonymous", 5, 100, 20000), plans.anonymous());
            assertEquals("standard", plans.defaultPlan());
        }
    }

    @Test
    void anonymousPlanThatDoesNotExistIsASettingError() {
        Map<String, Object> settings = Map.of("clinicverify.partner.anonymous-plan", "free",
                "datasources.default.url", "jdbc:h2:mem:settings2;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");

        BeanInstantiationException error = assertThrows(BeanInstantiationException.class, () -> ApplicationContext.run(settings));

        assertTrue(error.getMessage().contains("CLINICVERIFY_PARTNER_ANONYMOUS_PLAN"), error.getMessage());
    }
}
