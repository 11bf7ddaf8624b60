package org.clinicverify.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.clinicverify.testsupport.TestApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Keys, scopes, origins and rate limits through the real filter in front of the real public API
 * (web.ClinicsController, web.VerifyController), over HTTP, on H2.
 * The loopback address is a trusted proxy here, so each test picks its own client IP with
 * X-Forwarded-For and never shares a bucket with another test.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerApiTest implements TestPropertyProvider {

    static final String PARTNER = "http://partner.test:8001";

    @Inject
    EmbeddedServer server;

    @Inject
    ApiKeys keys;

    Calls calls;

    @Override
    public @NonNull Map<String, String> getProperties() {
        Map<String, Object> properties = TestApp.withH2();
        properties.putAll(PartnerTestPlans.properties());
        return TestApp.asStrings(properties);
    }

    @BeforeAll
    void connect() {
        calls = new Calls(server.getURI());
    }

    private String secretKey(String plan, Scope... scopes) {
        return keys.create(new NewKey("partner", KeyKind.SECRET, List.of(), Set.of(scopes), plan)).plainKey();
    }

    private String publishableKey(String origin, Scope... scopes) {
        return keys.create(new NewKey("widget", KeyKind.PUBLISHABLE, List.of(origin), Set.of(scopes), "standard")).plainKey();
    }

    @Test
    void unknownKeyGets401WithJsonMessage() {
        HttpResponse<String> response = calls.get("/api/v1/clinics", "X-Api-Key", "sk_live_" + "A".repeat(32));

        assertEquals(401, response.statusCode());
        assertEquals("{\"message\":\"Unknown API key\"}", response.body());
    }

    @Test
    void malformedBearerKeyGets401() {
        HttpResponse<String> response = calls.get("/api/v1/clinics", "Authorization", "Bearer sk_test_nope");

        assertEquals(401, response.statusCode());
    }

    @Test
    void revokedKeyGets401() {
        CreatedKey created = keys.create(new NewKey("gone", KeyKind.SECRET, List.of(), Set.of(Scope.SEARCH), "standard"));
        calls.get("/api/v1/clinics", "Authorization", "Bearer " + created.plainKey());
        keys.revoke(created.key().id());

        HttpResponse<String> response = calls.get("/api/v1/clinics", "Authorization", "Bearer " + created.plainKey());

        assertEquals(401, response.statusCode());
        assertTrue(response.body().contains("revoked"), response.body());
    }

    @Test
    void secretKeyWithScopeIsServed() {
        String key = secretKey("standard", Scope.SEARCH);

        HttpResponse<String> response = calls.get("/api/v1/clinics?near=Austin%2C%20TX", "Authorization", "Bearer " + key);

        assertEquals(200, response.statusCode());
    }

    @Test
    void keyWithoutTheRoutesScopeGets403() {
        String key = secretKey("standard", Scope.SEARCH);

        HttpResponse<String> response = calls.get("/api/v1/verify?url=https://x.example", "X-Api-Key", key);

        assertEquals(403, response.statusCode());
        assertEquals("{\"message\":\"API key " + key.substring(0, 12) + " lacks the verify scope\"}", response.body());
    }

    @Test
    void submittingAReportNeedsTheSubmitScope() {
        String key = secretKey("standard", Scope.SEARCH, Scope.VERIFY);

        HttpResponse<String> response = calls.post("/api/v1/reports", "{\"url\":\"https://x.example\"}", "X-Api-Key", key);

        assertEquals(403, response.statusCode());
    }

    @Test
    void checkOfAnUnknownSiteWithoutTheSubmitScopeQueuesNothing() {
        String key = secretKey("standard", Scope.VERIFY);

        HttpResponse<String> response = calls.get("/api/v1/verify?url=https://never-seen-1.example", "X-Api-Key", key);

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"queued\":false"), response.body());
    }

    @Test
    void checkOfAnUnknownSiteWithTheSubmitScopeIsQueued() {
        String key = secretKey("standard", Scope.VERIFY, Scope.SUBMIT);

        HttpResponse<String> response = calls.get("/api/v1/verify?url=https://never-seen-2.example", "X-Api-Key", key);

        assertTrue(response.body().contains("\"queued\":true"), response.body());
    }

    @Test
    void secretKeyInTheUrlIsRefused() {
        String key = secretKey("standard", Scope.SEARCH);

        HttpResponse<String> response = calls.get("/api/v1/clinics?key=" + key);

        assertEquals(401, response.statusCode());
    }

    @Test
    void publishableKeyFromAnotherOriginIsRefusedWithoutCorsHeaders() {
        String key = publishableKey(PARTNER, Scope.SEARCH);

        HttpResponse<String> response = calls.get("/api/v1/clinics?key=" + key, "Origin", "https://evil.example");

        assertEquals(403, response.statusCode());
        assertEquals(Optional.empty(), response.headers().firstValue("Access-Control-Allow-Origin"));
    }

    @Test
    void publishableKeyWithoutOriginIsRefused() {
        String key = publishableKey(PARTNER, Scope.SEARCH);

        HttpResponse<String> response = calls.get("/api/v1/clinics", "X-Api-Key", key);

        assertEquals(403, response.statusCode());
    }

    @Test
    void publishableKeyFromItsOriginGetsExactlyThatOrigin() {
        String key = publishableKey(PARTNER, Scope.SEARCH);

        HttpResponse<String> response = calls.get("/api/v1/clinics?key=" + key, "Origin", PARTNER);

        assertEquals(200, response.statusCode());
        assertEquals(List.of(PARTNER), response.headers().allValues("Access-Control-Allow-Origin"));
    }

    @Test
    void publishableKeyResponsesExposeRateLimitHeaders() {
        String key = publishableKey(PARTNER, Scope.SEARCH);

        HttpResponse<String> response = calls.get("/api/v1/clinics?key=" + key, "Origin", PARTNER);

        assertTrue(response.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("RateLimit-Remaining"));
    }

    @Test
    void anonymousCallsGetNoCorsHeadersEvenFromAPartnerOrigin() {
        publishableKey(PARTNER, Scope.SEARCH);

        HttpResponse<String> response = calls.get("/api/v1/clinics", "Origin", PARTNER, "X-Forwarded-For", "198.51.100.1");

        assertEquals(200, response.statusCode());
        assertEquals(Optional.empty(), response.headers().firstValue("Access-Control-Allow-Origin"));
    }

    @Test
    void secretKeyCallsGetNoCorsHeaders() {
        String key = secretKey("standard", Scope.SEARCH);

        HttpResponse<String> response = calls.get("/api/v1/clinics", "X-Api-Key", key, "Origin", PARTNER);

        assertEquals(Optional.empty(), response.headers().firstValue("Access-Control-Allow-Origin"));
    }

    @Test
    void preflightWithKeyAllowsExactlyTheKeysOrigin() {
        String key = publishableKey("http://widget-host.test", Scope.SEARCH);

        HttpResponse<String> response = calls.options("/api/v1/clinics?key=" + key, "Origin", "http://widget-host.test",
                "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "x-api-key");

        assertEquals(204, response.statusCode());
        assertEquals(List.of("http://widget-host.test"), response.headers().allValues("Access-Control-Allow-Origin"));
    }

    @Test
    void preflightWithKeyFromAnotherOriginIsRefusedWithoutCorsHeaders() {
        String key = publishableKey("http://widget-host.test", Scope.SEARCH);

        HttpResponse<String> response = calls.options("/api/v1/clinics?key=" + key, "Origin", PARTNER,
                "Access-Control-Request-Method", "GET");

        assertEquals(Optional.empty(), response.headers().firstValue("Access-Control-Allow-Origin"));
    }

    @Test
    void preflightWithoutKeyAllowsAnOriginOfSomeActivePublishableKey() {
        publishableKey("http://listed-origin.test", Scope.SEARCH);

        HttpResponse<String> response = calls.options("/api/v1/clinics", "Origin", "http://listed-origin.test",
                "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "x-api-key");

        assertEquals(List.of("http://listed-origin.test"), response.headers().allValues("Access-Control-Allow-Origin"));
    }

    @Test
    void preflightFromAnUnlistedOriginGetsNoCorsHeaders() {
        HttpResponse<String> response = calls.options("/api/v1/clinics", "Origin", "http://nobody.test",
                "Access-Control-Request-Method", "GET");

        assertEquals(Optional.empty(), response.headers().firstValue("Access-Control-Allow-Origin"));
    }

    @Test
    void preflightOfARevokedKeysOriginIsRefused() {
        CreatedKey created = keys.create(new NewKey("old widget", KeyKind.PUBLISHABLE, List.of("http://revoked-origin.test"),
                Set.of(Scope.SEARCH), "standard"));
        keys.revoke(created.key().id());

        HttpResponse<String> response = calls.options("/api/v1/clinics", "Origin", "http://revoked-origin.test",
                "Access-Control-Request-Method", "GET");

        assertEquals(Optional.empty(), response.headers().firstValue("Access-Control-Allow-Origin"));
    }

    @Test
    void responsesCarryRateLimitHeadersOfTheKeysPlan() {
        String key = secretKey("tight", Scope.SEARCH);

        HttpResponse<String> response = calls.get("/api/v1/clinics", "X-Api-Key", key);

        assertEquals(Optional.of("3"), response.headers().firstValue("RateLimit-Limit"));
        assertEquals(Optional.of("2"), response.headers().firstValue("RateLimit-Remaining"));
        assertTrue(response.headers().firstValue("RateLimit-Reset").isPresent());
    }

    @Test
    void keyOverItsBurstGets429WithRetryAfter() {
        String key = secretKey("tight", Scope.SEARCH);
        calls.get("/api/v1/clinics", "X-Api-Key", key);
        calls.get("/api/v1/clinics", "X-Api-Key", key);
        calls.get("/api/v1/clinics", "X-Api-Key", key);

        HttpResponse<String> response = calls.get("/api/v1/clinics", "X-Api-Key", key);

        assertEquals(429, response.statusCode());
        assertTrue(Long.parseLong(response.headers().firstValue("Retry-After").orElse("0")) >= 1);
        assertTrue(response.body().startsWith("{\"message\":\"Rate limit"), response.body());
    }

    @Test
    void keyOverItsDailyQuotaIsToldToComeBackTomorrow() {
        String key = secretKey("small-quota", Scope.SEARCH);
        calls.get("/api/v1/clinics", "X-Api-Key", key);
        calls.get("/api/v1/clinics", "X-Api-Key", key);

        HttpResponse<String> response = calls.get("/api/v1/clinics", "X-Api-Key", key);

        assertEquals(429, response.statusCode());
        assertTrue(response.body().contains("Daily quota of 2"), response.body());
    }

    @Test
    void anonymousCallersAreLimitedPerClientIp() {
        calls.get("/api/v1/clinics", "X-Forwarded-For", "203.0.113.9");
        calls.get("/api/v1/clinics", "X-Forwarded-For", "203.0.113.9");
        calls.get("/api/v1/clinics", "X-Forwarded-For", "203.0.113.9");

        HttpResponse<String> response = calls.get("/api/v1/clinics", "X-Forwarded-For", "203.0.113.9");

        assertEquals(429, response.statusCode());
    }

    @Test
    void anotherAnonymousClientIpHasItsOwnBucket() {
        calls.get("/api/v1/clinics", "X-Forwarded-For", "203.0.113.20");
        calls.get("/api/v1/clinics", "X-Forwarded-For", "203.0.113.20");
        calls.get("/api/v1/clinics", "X-Forwarded-For", "203.0.113.20");

        HttpResponse<String> response = calls.get("/api/v1/clinics", "X-Forwarded-For", "203.0.113.21");

        assertEquals(200, response.statusCode());
    }

    @Test
    void moderationRoutesAreLeftToSecurity() {
        HttpResponse<String> response = calls.get("/api/v1/moderation/queue", "X-Api-Key", "sk_live_" + "B".repeat(32));

        assertFalse(response.headers().firstValue("RateLimit-Limit").isPresent());
    }
}
