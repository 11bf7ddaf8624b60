package org.clinicverify.moderation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;

/**
 * CSRF protection of the console. Besides SameSite=Strict on the session cookie, every
 * state-changing request that carries the session cookie must send {@code X-CSRF-Token} equal to
 * the token derived from that session ({@link SessionTokens#csrfTokenOf}). Requests without the
 * cookie (bearer-token API clients, anonymous callers) are not exposed to CSRF and pass through.
 */
@ServerFilter({"/api/v1/moderation/**", "/api/v1/admin/**", "/console/**", "/api/v1/auth/logout"})
final class CsrfFilter {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final SecuritySettings settings;

    CsrfFilter(SecuritySettings settings) {
        this.settings = settings;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> requireToken(HttpRequest<?> request) {
        if (SAFE.contains(request.getMethod())) {
            return null;
        }
        Optional<String> session = request.getCookies().findCookie(settings.sessionCookie()).map(Cookie::getValue)
                .filter(value -> !value.isEmpty());
        if (session.isEmpty()) {
            return null;
        }
        String sent = request.getHeaders().get(SecuritySettings.CSRF_HEADER);
        String expected = SessionTokens.csrfTokenOf(session.get());
        if (sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        return HttpResponse.status(HttpStatus.FORBIDDEN).body(Map.of("message",
                "missing or wrong " + SecuritySettings.CSRF_HEADER + " header (reload the console and log in again)"));
    }
}
