package org.clinicverify.moderation;

import static org.clinicverify.moderation.ModerationTestSupport.PASSWORD;
import static org.clinicverify.moderation.ModerationTestSupport.bearer;
import static org.clinicverify.moderation.ModerationTestSupport.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.clinicverify.testsupport.TestApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may call what: logins, roles, sessions, CSRF, throttling, and the anonymous rest of the app. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModerationAccessTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Accounts accounts;

    @Inject
    EmbeddedServer server;

    BlockingHttpClient http;
    String moderatorToken;
    String adminToken;

    @Override
    public @NonNull Map<String, String> getProperties() {
        return ModerationTestSupport.properties(TestApp.withH2());
    }

    @BeforeAll
    void createAccounts() {
        http = client.toBlocking();
        accounts.create("mod", Role.MODERATOR, PASSWORD);
        accounts.create("boss", Role.ADMIN, PASSWORD);
        moderatorToken = bearer(http, "mod");
        adminToken = bearer(http, "boss");
    }

    static Stream<Arguments> moderationRoutes() {
        return Stream.of(
                Arguments.of(HttpMethod.GET, "/api/v1/moderation/queue"),
                Arguments.of(HttpMethod.POST, "/api/v1/moderation/items"),
                Arguments.of(HttpMethod.GET, "/api/v1/moderation/items/1"),
                Arguments.of(HttpMethod.POST, "/api/v1/moderation/items/1/claim"),
                Arguments.of(HttpMethod.POST, "/api/v1/moderation/items/1/decisions"),
                Arguments.of(HttpMethod.POST, "/api/v1/moderation/items/1/reported-to-host"),
                Arguments.of(HttpMethod.GET, "/api/v1/moderation/audit"),
                Arguments.of(HttpMethod.GET, "/console/index.html"));
    }

    static Stream<Arguments> adminRoutes() {
        return Stream.of(
                Arguments.of(HttpMethod.GET, "/api/v1/admin/users"),
                Arguments.of(HttpMethod.POST, "/api/v1/admin/users"),
                Arguments.of(HttpMethod.POST, "/api/v1/admin/users/mod/disable"),
                Arguments.of(HttpMethod.POST, "/api/v1/admin/users/mod/enable"));
    }

    static Stream<Arguments> allProtectedRoutes() {
        return Stream.concat(moderationRoutes(), adminRoutes());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("allProtectedRoutes")
    void answers401WithoutLogin(HttpMethod method, String path) {
        assertEquals(HttpStatus.UNAUTHORIZED, status(http, request(method, path)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("allProtectedRoutes")
    void answers401ForATokenSignedWithAnotherSecret(HttpMethod method, String path) {
        String forged = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJib3NzIiwicm9sZXMiOlsiQURNSU4iXX0."
                + "c2lnbmVkLXdpdGgtYW5vdGhlci1zZWNyZXQtYWJjZGVmZ2g";
        assertEquals(HttpStatus.UNAUTHORIZED, status(http, request(method, path).bearerAuth(forged)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("adminRoutes")
    void answers403ToAModeratorOnAdminRoutes(HttpMethod method, String path) {
        assertEquals(HttpStatus.FORBIDDEN, status(http, request(method, path).bearerAuth(moderatorToken)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("moderationRoutes")
    void letsAnAdminReachModerationRoutes(HttpMethod method, String path) {
        HttpStatus status = status(http, request(method, path).bearerAuth(adminToken));

        assertTrue(status != HttpStatus.UNAUTHORIZED && status != HttpStatus.FORBIDDEN, status.toString());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("moderationRoutes")
    void letsAModeratorReachModerationRoutes(HttpMethod method, String path) {
        HttpStatus status = status(http, request(method, path).bearerAuth(moderatorToken));

        assertTrue(status != HttpStatus.UNAUTHORIZED && status != HttpStatus.FORBIDDEN, status.toString());
    }

    @ParameterizedTest(name = "GET {0}")
    @MethodSource("publicPaths")
    void leavesTheRestOfTheAppAnonymous(String path) {
        HttpStatus status = status(http, HttpRequest.GET(path));

        assertTrue(status != HttpStatus.UNAUTHORIZED && status != HttpStatus.FORBIDDEN, path + " -> " + status);
    }

    static Stream<String> publicPaths() {
        return Stream.of("/health", "/prometheus", "/api/v1/clinics?q=denver", "/api/v1/assess", "/api/v1/verify",
                "/widget/clinics.js", "/", "/clinics/denver", "/console/login.html", "/console/assets/console.css");
    }

    @Test
    void sendsABrowserWithoutSessionToTheLoginPage() {
        HttpResponse<?> response = noRedirects().exchange(
                HttpRequest.GET("/console/index.html").accept(MediaType.TEXT_HTML_TYPE), String.class);

        assertEquals("/console/login.html", response.getHeaders().get("Location"));
    }

    @Test
    void loginSetsAnHttpOnlyStrictSessionCookie() {
        HttpResponse<String> response = http.exchange(HttpRequest.POST("/api/v1/auth/login",
                Map.of("username", "mod", "password", PASSWORD)), String.class);

        String setCookie = String.join("\n", response.getHeaders().getAll("Set-Cookie"));
        String session = setCookie.lines().filter(line -> line.startsWith("cv_session=")).findFirst().orElse("")
                .toLowerCase(java.util.Locale.ROOT);
        assertTrue(session.contains("httponly") && session.contains("samesite=strict"), setCookie);
    }

    @Test
    void refusesACookieSessionPostWithoutTheCsrfHeader() {
        Cookie session = sessionCookie("mod");

        HttpStatus status = status(http, HttpRequest.POST("/api/v1/moderation/items",
                Map.of("host", "csrf-a.example", "note", "suspicious")).cookie(session));

        assertEquals(HttpStatus.FORBIDDEN, status);
    }

    @Test
    void acceptsACookieSessionPostWithTheCsrfHeader() {
        Cookie session = sessionCookie("mod");

        HttpStatus status = status(http, HttpRequest.POST("/api/v1/moderation/items",
                Map.of("host", "csrf-b.example", "note", "suspicious")).cookie(session)
                .header(SecuritySettings.CSRF_HEADER, SessionTokens.csrfTokenOf(session.getValue())));

        assertEquals(HttpStatus.CREATED, status);
    }

    @Test
    void readsWithACookieSessionNeedNoCsrfHeader() {
        assertEquals(HttpStatus.OK, status(http, HttpRequest.GET("/api/v1/moderation/queue").cookie(sessionCookie("mod"))));
    }

    @Test
    void rejectsAWrongPasswordWith401() {
        assertEquals(HttpStatus.UNAUTHORIZED, status(http, HttpRequest.POST("/api/v1/auth/token",
                Map.of("username", "mod", "password", "not the password"))));
    }

    @Test
    void throttlesLoginAfterRepeatedFailuresEvenWithTheRightPassword() {
        accounts.create("victim", Role.MODERATOR, PASSWORD);
        fail("victim", 5);

        HttpStatus status = status(http, HttpRequest.POST("/api/v1/auth/token",
                Map.of("username", "victim", "password", PASSWORD)));

        assertEquals(HttpStatus.TOO_MANY_REQUESTS, status);
    }

    @Test
    void throttlingOfOneUsernameLeavesOthersAlone() {
        accounts.create("bystander", Role.MODERATOR, PASSWORD);
        fail("attacked", 6);

        HttpStatus status = status(http, HttpRequest.POST("/api/v1/auth/token",
                Map.of("username", "bystander", "password", PASSWORD)));

        assertEquals(HttpStatus.OK, status);
    }

    @Test
    void aSuccessfulLoginClearsEarlierFailures() {
        accounts.create("clumsy", Role.MODERATOR, PASSWORD);
        fail("clumsy", 4);
        bearer(http, "clumsy");
        fail("clumsy", 4);

        HttpStatus status = status(http, HttpRequest.POST("/api/v1/auth/token",
                Map.of("username", "clumsy", "password", PASSWORD)));

        assertEquals(HttpStatus.OK, status);
    }

    @Test
    void aDisabledAccountsTokenStopsWorking() {
        accounts.create("leaver", Role.MODERATOR, PASSWORD);
        String token = bearer(http, "leaver");
        http.exchange(HttpRequest.POST("/api/v1/admin/users/leaver/disable", "").bearerAuth(adminToken));

        assertEquals(HttpStatus.FORBIDDEN, status(http, HttpRequest.GET("/api/v1/moderation/queue").bearerAuth(token)));
    }

    @Test
    void aDisabledAccountCannotLogIn() {
        accounts.create("gone", Role.MODERATOR, PASSWORD);
        accounts.setEnabled("gone", false);

        assertEquals(HttpStatus.UNAUTHORIZED, status(http, HttpRequest.POST("/api/v1/auth/token",
                Map.of("username", "gone", "password", PASSWORD))));
    }

    @Test
    void anAdminCreatesAModerator() {
        HttpStatus status = status(http, HttpRequest.POST("/api/v1/admin/users",
                Map.of("username", "newbie", "role", "MODERATOR", "password", PASSWORD)).bearerAuth(adminToken));

        assertEquals(HttpStatus.CREATED, status);
    }

    @Test
    void theAdminApiRefusesAShortPassword() {
        String body = ModerationTestSupport.body(http, HttpRequest.POST("/api/v1/admin/users",
                Map.of("username", "weak", "role", "MODERATOR", "password", "short")).bearerAuth(adminToken));

        assertTrue(body.contains("password must be at least"), body);
    }

    private void fail(String username, int times) {
        for (int i = 0; i < times; i++) {
            assertNotEquals(HttpStatus.OK, status(http, HttpRequest.POST("/api/v1/auth/token",
                    Map.of("username", username, "password", "wrong password " + i))));
        }
    }

    private Cookie sessionCookie(String username) {
        HttpResponse<String> response = http.exchange(HttpRequest.POST("/api/v1/auth/login",
                Map.of("username", username, "password", PASSWORD)), String.class);
        return response.getCookie("cv_session").orElseThrow();
    }

    private BlockingHttpClient noRedirects() {
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.setFollowRedirects(false);
        return HttpClient.create(server.getURL(), configuration).toBlocking();
    }

    private static MutableHttpRequest<?> request(HttpMethod method, String path) {
        return method == HttpMethod.GET ? HttpRequest.GET(path) : HttpRequest.POST(path, Map.of());
    }
}
