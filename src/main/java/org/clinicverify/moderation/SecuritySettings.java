package org.clinicverify.moderation;

import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Sessions of moderators and admins ({@code clinicverify.security.*}).
 *
 * @param jwtSecret        HMAC secret signing session and bearer tokens (env
 *                         {@code CLINICVERIFY_SECURITY_JWT_SECRET}, at least 32 characters). Blank: a
 *                         random secret is generated once and kept in {@code <data-dir>/secrets/jwt-secret};
 *                         several instances must share one configured secret.
 * @param sessionLifetime  how long a login (cookie or bearer token) lasts
 * @param secureCookies    mark cookies {@code Secure} (true behind HTTPS, the production setting)
 * @param sessionCookie    name of the HttpOnly cookie holding the session token
 * @param csrfCookie       name of the readable cookie holding the CSRF token (double submit)
 */
@ConfigurationProperties("clinicverify.security")
public record SecuritySettings(
        @Nullable String jwtSecret,
        @NotNull Duration sessionLifetime,
        boolean secureCookies,
        @NotBlank String sessionCookie,
        @NotBlank String csrfCookie) {

    /** The header the console sends with every state-changing request. */
    public static final String CSRF_HEADER = "X-CSRF-Token";
}
