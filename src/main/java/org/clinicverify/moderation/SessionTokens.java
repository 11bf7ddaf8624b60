package org.clinicverify.moderation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;

/**
 * Issues the signed JWT of a login, and the cookies of a console session: the token itself in an
 * HttpOnly, SameSite=Strict cookie, and its CSRF token in a readable one. The CSRF token is derived
 * from the session token (SHA-256), so it cannot be forged without the session and needs no
 * server-side state; the console echoes it in the {@code X-CSRF-Token} header.
 */
@Singleton
class SessionTokens {

    private final TokenGenerator generator;
    private final SecuritySettings settings;

    SessionTokens(TokenGenerator generator, SecuritySettings settings) {
        this.generator = generator;
        this.settings = settings;
    }

    String issue(UserAccount account) {
        Authentication authentication = Authentication.build(account.username(), List.of(account.role().name()));
        return generator.generateToken(authentication, (int) settings.sessionLifetime().toSeconds())
                .orElseThrow(() -> new IllegalStateException("the token generator produced no token"));
    }

    long lifetimeSeconds() {
        return settings.sessionLifetime().toSeconds();
    }

    List<Cookie> sessionCookies(String token) {
        return List.of(cookie(settings.sessionCookie(), token, true, lifetimeSeconds()),
                cookie(settings.csrfCookie(), csrfTokenOf(token), false, lifetimeSeconds()));
    }

    List<Cookie> clearedCookies() {
        return List.of(cookie(settings.sessionCookie(), "", true, 0), cookie(settings.csrfCookie(), "", false, 0));
    }

    static String csrfTokenOf(String sessionToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("csrf:" + sessionToken).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private Cookie cookie(String name, String value, boolean httpOnly, long maxAge) {
        return Cookie.of(name, value).httpOnly(httpOnly).sameSite(SameSite.Strict).path("/")
                .secure(settings.secureCookies()).maxAge(maxAge);
    }
}
