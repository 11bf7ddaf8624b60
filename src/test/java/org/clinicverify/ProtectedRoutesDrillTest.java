package org.clinicverify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.nio.charset.StandardCharsets;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.clinicverify.testsupport.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Authorization drill over the routes as the router knows them, so a route added later is covered
 * without editing this test: every moderation, admin and account route (and the console page) is
 * called without credentials, with a forged bearer token, with a forged session cookie and with a
 * made-up API key. None may answer 2xx (or 5xx). Wrong roles, disabled accounts and revoked keys are
 * proven per route by moderation.ModerationAccessTest and partner.PartnerApiTest / KeyAdminApiTest.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProtectedRoutesDrillTest implements TestPropertyProvider {

    static final List<String> PROTECTED = List.of("/api/v1/moderation", "/api/v1/admin", "/api/v1/auth/me");

    @Inject
    Router router;
    @Inject
    EmbeddedServer server;

    @Override
    public @NonNull Map<String, String> getProperties() {
        return TestApp.asStrings(TestApp.withH2());
    }

    @Test
    void everyProtectedRouteRefusesCallersWithoutValidCredentials() throws Exception {
        List<String[]> routes = protectedRoutes();
        String forgedJwt = base64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + base64("{\"sub\":\"admin\",\"roles\":[\"ADMIN\"],"
                + "\"exp\":4102444800}") + ".c2lnbmF0dXJl";
        List<Map<String, String>> callers = List.of(Map.of(), Map.of("Authorization", "Bearer " + forgedJwt),
                Map.of("Cookie", "SESSION=" + forgedJwt + "; JWT=" + forgedJwt), Map.of("X-Api-Key", "sk_live_" + "A".repeat(32)),
                Map.of("Authorization", "Basic " + base64("admin:admin")));
        HttpClient http = HttpClient.newHttpClient();
        List<String> admitted = new ArrayList<>();

        for (String[] route : routes) {
            for (Map<String, String> headers : callers) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + route[1]))
                        .header("Accept", "application/json").header("Content-Type", "application/json")
                        .method(route[0], route[0].equals("GET") || route[0].equals("DELETE")
                                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"));
                headers.forEach(request::header);
                int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status < 300 || status >= 500) {
                    admitted.add(route[0] + " " + route[1] + " " + headers.keySet() + " -> " + status);
                }
            }
        }

        assertTrue(routes.size() >= 10, "protected routes found: " + routes.size());
        assertEquals(List.of(), admitted);
    }

    private List<String[]> protectedRoutes() {
        List<String[]> routes = new ArrayList<>();
        router.uriRoutes().map(UriRouteInfo.class::cast).forEach(route -> {
            String template = route.getUriMatchTemplate().toString();
            if (PROTECTED.stream().anyMatch(template::startsWith)) {
                routes.add(new String[] {route.getHttpMethodName(), template.replaceAll("\\{[?&#][^}]*}", "").replaceAll("\\{[^}]*}", "1")});
            }
        });
        routes.add(new String[] {"GET", "/console/index.html"});
        routes.add(new String[] {"GET", "/console/"});
        return routes;
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
