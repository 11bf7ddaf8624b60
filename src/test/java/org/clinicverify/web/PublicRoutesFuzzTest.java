package org.clinicverify.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.clinicverify.testsupport.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Fault drill: every public route fed random and malformed parameters, paths and bodies from a seeded
 * generator (the seed is in the failure message, so a failure replays). No answer may be a 5xx and no
 * body may carry a stack trace or an internal class name. The loop is the point of a fuzz test: one
 * assertion over all answers.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicRoutesFuzzTest implements TestPropertyProvider {

    static final long SEED = Long.getLong("clinicverify.fuzz.seed", 20261122L);
    static final int REQUESTS = Integer.getInteger("clinicverify.fuzz.requests", 400);

    static final List<String> GET_ROUTES = List.of("/api/v1/clinics", "/api/v1/clinics/{}", "/api/v1/suggest",
            "/api/v1/verify", "/api/v1/flagged", "/ui/config", "/", "/index.html", "/clinic.html", "/check.html",
            "/{}", "/api/v1/{}", "/swagger-ui/{}", "/widget/v1/clinic-search.js", "/console/login.html", "/widget/v1/{}");
    static final List<String> POST_ROUTES = List.of("/api/v1/assess", "/api/v1/reports", "/api/v1/auth/login", "/api/v1/auth/token");
    static final List<String> PARAMETERS = List.of("q", "near", "lat", "lon", "radius", "service", "condition", "rems",
            "insurance", "verifiedOnly", "sort", "size", "cursor", "prefix", "url", "since", "id", "x");
    static final List<String> NASTY = List.of("", " ", "-1", "0", "1", "-0", "999999999999999999999999", "1e309",
            "-1e309", "NaN", "Infinity", "0x1F", "1,5", "true", "false", "maybe", "null", "[]", "{}", "{\"a\":",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' OR 1=1 --", "\u0000", "%00", "%",
            "../../etc/passwd", "..%2f..%2fetc%2fpasswd", "日本語", "ketamine", "78701", "Austin, TX", "relevance",
            "distance", "trust", "http://127.0.0.1:1/", "file:///etc/passwd", "javascript:alert(1)",
            "http://[::1]/", "http://169.254.169.254/latest/meta-data/", "https://example.com/" + "a".repeat(3000),
            "eyJzIjpbMSwiYSJdfQ", "!!!!", "\uFFFF\uD800", "2026-13-45T99:99:99Z", "9".repeat(400));
    static final List<String> BODIES = List.of("", "{", "}", "[]", "null", "42", "\"text\"", "{\"url\":null}",
            "{\"url\":\"not a url\",\"html\":\"<p>x</p>\"}", "{\"url\":\"https://a.example/\",\"html\":123}",
            "{\"url\":\"https://a.example/\",\"text\":{\"nested\":[1,2,3]}}", "{\"url\":\"http://169.254.169.254/\",\"html\":\"<html>\"}",
            "{\"url\":\"https://a.example/\",\"html\":\"" + "<div>".repeat(20_000) + "\"}",
            "[".repeat(5000) + "]".repeat(5000), "{\"url\":\"https://a.example/\",\"html\":\"\\ud800\"}",
            "<xml>not json</xml>", "url=https%3A%2F%2Fa.example%2F&html=x",
            "{\"username\":\"admin\",\"password\":\"' OR 1=1 --\"}", "{\"username\":null,\"password\":[]}",
            "{\"url\":\"https://a.example/\",\"kind\":\"nonsense\",\"details\":\"<script>x</script>\"}",
            "{\"url\":\"https://a.example/\",\"kind\":null}");
    static final List<String> CONTENT_TYPES = List.of("application/json", "text/plain", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/json; charset=utf-16", "garbage/!!");
    static final List<String> METHODS = List.of("GET", "GET", "GET", "GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD");

    /** What a leaked stack trace or internal error looks like in a body. */
    static final Pattern LEAK = Pattern.compile("\\tat |\\.java:\\d+\\)|Caused by:|(java|javax|jakarta|io\\.micronaut|co\\.elastic"
            + "|org\\.clinicverify|org\\.h2|org\\.postgresql)\\.[A-Za-z.]*(Exception|Error)\\b|SQLState|NullPointer");

    @Inject
    EmbeddedServer server;

    @Override
    public @NonNull Map<String, String> getProperties() {
        return TestApp.asStrings(TestApp.withH2());
    }

    @Test
    void randomAndMalformedRequestsToPublicRoutesNeverAnswer5xxOrLeakInternals() throws Exception {
        Random random = new Random(SEED);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<String> failures = new ArrayList<>();

        for (int i = 0; i < REQUESTS; i++) {
            HttpRequest request = fuzzed(random);
            HttpResponse<String> response;
            try {
                response = sendRetryingAClosedKeepAlive(http, request);
            } catch (IOException e) {
                failures.add(request.method() + " " + request.uri() + " " + request.headers().map() + " -> no answer: " + e);
                continue;
            }
            if (response.statusCode() >= 500 || LEAK.matcher(response.body()).find()) {
                failures.add(request.method() + " " + request.uri() + " -> " + response.statusCode() + ": "
                        + clip(response.body()));
            }
        }

        assertEquals(List.of(), failures, "seed " + SEED);
    }

    @Test
    void malformedRawHttpRequestsNeverAnswer5xx() throws IOException {
        List<String> raw = List.of(
                "GET /api/v1/clinics?q=%zz&near=%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET /api/v1/clinics/%00%ff HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET /api/v1/verify?url=http://%5B::1%5D:80/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "POST /api/v1/assess HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 4\r\nConnection: close\r\n\r\n{\"ur",
                "POST /api/v1/assess HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 4\r\nConnection: close\r\n\r\n\u00ff\u00fe\u0000{",
                "GET /api/v1/clinics?" + "q=a&".repeat(2000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET /api/v1/suggest?prefix=a HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: ::::garbage\r\nConnection: close\r\n\r\n");

        List<String> statusLines = new ArrayList<>();
        for (String request : raw) {
            statusLines.add(statusLine(request));
        }

        assertEquals(List.of(), statusLines.stream().filter(line -> line.matches("HTTP/1\\.1 5\\d\\d.*")).toList(),
                "all status lines: " + statusLines);
    }

    /**
     * The server may close a keep-alive connection after refusing a request whose body it did not read;
     * the client can race it by sending the next request on that connection ("received no bytes").
     * One retry opens a fresh connection; a request that fails twice is a failure.
     */
    private static HttpResponse<String> sendRetryingAClosedKeepAlive(HttpClient http, HttpRequest request)
            throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException closedUnderUs) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private HttpRequest fuzzed(Random random) {
        String route = pick(random, GET_ROUTES).replace("{}", URLEncoder.encode(pick(random, NASTY), StandardCharsets.UTF_8));
        StringBuilder query = new StringBuilder();
        int parameters = random.nextInt(5);
        for (int p = 0; p < parameters; p++) {
            query.append(p == 0 ? '?' : '&')
                    .append(URLEncoder.encode(pick(random, PARAMETERS), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(random.nextInt(4) == 0 ? randomText(random) : pick(random, NASTY), StandardCharsets.UTF_8));
        }
        String method = pick(random, METHODS);
        boolean assess = random.nextInt(4) == 0;
        URI uri = URI.create("http://127.0.0.1:" + server.getPort() + (assess ? pick(random, POST_ROUTES) : route) + query);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
        if (assess || method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
            String body = random.nextInt(5) == 0 ? randomText(random) : pick(random, BODIES);
            builder.header("Content-Type", pick(random, CONTENT_TYPES))
                    .method(assess ? "POST" : method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return builder.build();
    }

    private String statusLine(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = new String(in.readNBytes(64), StandardCharsets.ISO_8859_1);
            int end = head.indexOf('\r');
            return end < 0 ? head : head.substring(0, end);
        }
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(64);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(random.nextInt(3) == 0 ? random.nextInt(0x3000) : 32 + random.nextInt(95));
        }
        return text.toString();
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String clip(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
