package org.clinicverify.partner;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestAuthenticationProvider;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * TEST-ONLY login for the admin API: HTTP Basic admin/admin-password with role ADMIN. Moderation
 * (another branch) owns the real accounts and JWT cookie login; this provider lets the tests go
 * through micronaut-security's real @Secured("ADMIN") check until that is merged.
 */
@Singleton
@Requires(property = "test.partner.admin-login", value = "true")
class TestAdminLogin<B> implements HttpRequestAuthenticationProvider<B> {

    static final String USER = "admin";
    static final String PASSWORD = "admin-password";

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request, AuthenticationRequest<String, String> login) {
        if (USER.equals(login.getIdentity()) && PASSWORD.equals(login.getSecret())) {
            return AuthenticationResponse.success(USER, List.of("ADMIN"));
        }
        if ("visitor".equals(login.getIdentity())) {
            return AuthenticationResponse.success("visitor", List.of("MODERATOR"));
        }
        return AuthenticationResponse.failure();
    }
}
