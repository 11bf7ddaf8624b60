package org.clinicverify.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.clinicverify.moderation.Accounts;
import org.clinicverify.moderation.Role;
import org.clinicverify.testsupport.TestApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The admin key API behind micronaut-security's @Secured("ADMIN"), with real moderation accounts and
 * bearer tokens from /api/v1/auth/token.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyAdminApiTest implements TestPropertyProvider {

    private static final String PASSWORD = "correct horse battery";
    private static final Pattern SECRET = Pattern.compile("\"secret\":\"((?:sk|pk)_live_[0-9A-Za-z]{32})\"");
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    @Inject
    EmbeddedServer server;

    @Inject
    Accounts accounts;

    Calls calls;
    String admin;
    String moderator;

    @Override
    public @NonNull Map<String, String> getProperties() {
        Map<String, Object> properties = TestApp.withH2();
        properties.putAll(PartnerTestPlans.properties());
        properties.put("clinicverify.moderation.bcrypt-strength", 4);
        properties.put("clinicverify.security.jwt-secret", "test-secret-test-secret-test-secret-0123");
        return TestApp.asStrings(properties);
    }

    @BeforeAll
    void connect() {
        calls = new Calls(server.getURI());
        accounts.create("root", Role.ADMIN, PASSWORD);
        accounts.create("mod", Role.MODERATOR, PASSWORD);
        admin = "Bearer " + token("root");
        moderator = "Bearer " + token("mod");
    }

    private String token(String username) {
        String body = calls.post("/api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}").body();
        return group(Pattern.compile("\"accessToken\":\"([^\"]+)\""), body);
    }

    private HttpResponse<String> createSecretKey(String plan) {
        return calls.post("/api/v1/admin/keys", "{\"name\":\"Health portal\",\"kind\":\"secret\",\"scopes\":[\"search\"],"
                + "\"plan\":\"" + plan + "\"}", "Authorization", admin);
    }

    private static String group(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        assertTrue(matcher.find(), body);
        return matcher.group(1);
    }

    @Test
    void listingKeysWithoutLoginGets401() {
        HttpResponse<String> response = calls.get("/api/v1/admin/keys");

        assertEquals(401, response.statusCode());
    }

    @Test
    void listingKeysAsNonAdminGets403() {
        HttpResponse<String> response = calls.get("/api/v1/admin/keys", "Authorization", moderator);

        assertEquals(403, response.statusCode());
    }

    @Test
    void partnerKeyDoesNotOpenTheAdminApi() {
        String key = group(SECRET, createSecretKey("standard").body());

        HttpResponse<String> response = calls.get("/api/v1/admin/keys", "Authorization", "Bearer " + key);

        assertEquals(401, response.statusCode());
    }

    @Test
    void adminCreatesAKeyAndSeesItsSecretOnce() {
        HttpResponse<String> created = createSecretKey("standard");

        assertEquals(201, created.statusCode());
        String secret = group(SECRET, created.body());
        String listing = calls.get("/api/v1/admin/keys", "Authorization", admin).body();
        assertTrue(listing.contains(secret.substring(0, 12)), listing);
        assertFalse(listing.contains(secret), listing);
    }

    @Test
    void createdKeyWorksOnThePublicApi() {
        String key = group(SECRET, createSecretKey("standard").body());

        HttpResponse<String> response = calls.get("/api/v1/clinics", "X-Api-Key", key);

        assertEquals(200, response.statusCode());
    }

    @Test
    void publishableKeyWithoutOriginsIsABadRequestNamingTheParameter() {
        HttpResponse<String> response = calls.post("/api/v1/admin/keys",
                "{\"name\":\"Widget\",\"kind\":\"publishable\",\"scopes\":[\"search\"]}", "Authorization", admin);

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("origins"), response.body());
    }

    @Test
    void unknownScopeIsABadRequest() {
        HttpResponse<String> response = calls.post("/api/v1/admin/keys",
                "{\"name\":\"X\",\"kind\":\"secret\",\"scopes\":[\"everything\"]}", "Authorization", admin);

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("scopes"), response.body());
    }

    @Test
    void revokedKeyIsRefusedAtOnce() {
        String body = createSecretKey("standard").body();
        String key = group(SECRET, body);
        calls.get("/api/v1/clinics", "X-Api-Key", key);

        calls.delete("/api/v1/admin/keys/" + group(ID, body), "Authorization", admin);

        assertEquals(401, calls.get("/api/v1/clinics", "X-Api-Key", key).statusCode());
    }

    @Test
    void usageCountsRequestsErrorsAndThrottledCalls() {
        String body = createSecretKey("tight").body();
        String key = group(SECRET, body);
        calls.get("/api/v1/suggest?prefix=", "X-Api-Key", key);
        calls.get("/api/v1/clinics", "X-Api-Key", key);
        calls.get("/api/v1/clinics", "X-Api-Key", key);
        calls.get("/api/v1/clinics", "X-Api-Key", key);

        HttpResponse<String> usage = calls.get("/api/v1/admin/keys/" + group(ID, body) + "/usage", "Authorization", admin);

        assertTrue(usage.body().contains("\"requests\":4,\"errors\":1,\"throttled\":1"), usage.body());
    }

    @Test
    void usageOfAnUnknownKeyIs404() {
        HttpResponse<String> response = calls.get("/api/v1/admin/keys/999999/usage", "Authorization", admin);

        assertEquals(404, response.statusCode());
    }
}
