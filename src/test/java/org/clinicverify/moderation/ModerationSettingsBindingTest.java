package org.clinicverify.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The moderation and security sections bind from configuration. */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "datasources.default.url", value = "jdbc:h2:mem:moderation-binding;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@Property(name = "clinicverify.moderation.login-max-failures", value = "7")
@Property(name = "clinicverify.moderation.login-window", value = "20m")
@Property(name = "clinicverify.moderation.fingerprint-threshold", value = "12")
@Property(name = "clinicverify.security.session-lifetime", value = "2h")
@Property(name = "clinicverify.security.secure-cookies", value = "true")
class ModerationSettingsBindingTest {

    @Inject
    ModerationSettings moderation;

    @Inject
    SecuritySettings security;

    @Test
    void bindsTheModerationSection() {
        assertEquals(List.of(7, Duration.ofMinutes(20), 12),
                List.of(moderation.loginMaxFailures(), moderation.loginWindow(), moderation.fingerprintThreshold()));
    }

    @Test
    void bindsTheSecuritySection() {
        assertEquals(List.of(Duration.ofHours(2), true, "cv_session"),
                List.of(security.sessionLifetime(), security.secureCookies(), security.sessionCookie()));
    }
}
