package org.clinicverify.moderation;

import java.util.Collection;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Login for moderators and admins. {@code POST /login} starts a console session (cookies);
 * {@code POST /token} returns a bearer token for API clients. Both are throttled per username and
 * client address (see {@link Accounts}).
 */
@Controller("/api/v1/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class AuthController {

    private final Accounts accounts;
    private final SessionTokens tokens;
    private final HttpClientAddressResolver addresses;

    AuthController(Accounts accounts, SessionTokens tokens, HttpClientAddressResolver addresses) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.addresses = addresses;
    }

    @Serdeable
    record Credentials(@Nullable String username, @Nullable String password) {
    }

    @Serdeable
    record SessionStarted(String username, Role role, String csrfToken, long expiresIn) {
    }

    @Serdeable
    record BearerToken(String accessToken, String tokenType, long expiresIn, String username, Role role) {
    }

    @Serdeable
    record Me(String username, Collection<String> roles) {
    }

    @Post("/login")
    HttpResponse<?> login(@Body Credentials credentials, HttpRequest<?> request) {
        LoginOutcome outcome = accounts.login(credentials.username(), credentials.password(), clientAddress(request));
        if (outcome instanceof LoginOutcome.Accepted accepted) {
            String token = tokens.issue(accepted.account());
            MutableHttpResponse<SessionStarted> response = HttpResponse.ok(new SessionStarted(
                    accepted.account().username(), accepted.account().role(), SessionTokens.csrfTokenOf(token),
                    tokens.lifetimeSeconds()));
            tokens.sessionCookies(token).forEach(response::cookie);
            return response;
        }
        return refused(outcome);
    }

    @Post("/token")
    HttpResponse<?> token(@Body Credentials credentials, HttpRequest<?> request) {
        LoginOutcome outcome = accounts.login(credentials.username(), credentials.password(), clientAddress(request));
        if (outcome instanceof LoginOutcome.Accepted accepted) {
            return HttpResponse.ok(new BearerToken(tokens.issue(accepted.account()), "Bearer",
                    tokens.lifetimeSeconds(), accepted.account().username(), accepted.account().role()));
        }
        return refused(outcome);
    }

    @Post("/logout")
    HttpResponse<?> logout() {
        MutableHttpResponse<?> response = HttpResponse.noContent();
        tokens.clearedCookies().forEach(response::cookie);
        return response;
    }

    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    Me me(Authentication user) {
        return new Me(user.getName(), user.getRoles());
    }

    private static HttpResponse<?> refused(LoginOutcome outcome) {
        if (outcome instanceof LoginOutcome.Throttled throttled) {
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", String.valueOf(throttled.retryAfter().toSeconds()))
                    .body(Map.of("message", "too many failed logins for this user from your address; try again later"));
        }
        return HttpResponse.status(HttpStatus.UNAUTHORIZED).body(Map.of("message", "wrong username or password"));
    }

    private String clientAddress(HttpRequest<?> request) {
        String address = addresses.resolve(request);
        return address == null ? "unknown" : address.length() > 64 ? address.substring(0, 64) : address;
    }
}
