package org.clinicverify.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.clinicverify.testsupport.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * SSRF drill for the site check: {@code /api/v1/verify} and {@code /api/v1/assess} are handed
 * internal addresses (loopback in every spelling, private ranges, cloud metadata, other schemes) while a
 * listener on loopback counts what reaches it. Nothing may: the check answers from the directory or
 * queues an assessment, it never fetches. The crawler's own refusal of internal addresses is proven by
 * crawl.AddressGuardTest and crawl.CrawlerTest.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerifySsrfTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    private final AtomicInteger hits = new AtomicInteger();
    private HttpServer trap;

    @Override
    public @NonNull Map<String, String> getProperties() {
        Map<String, Object> properties = TestApp.withH2();
        properties.put("clinicverify.web.verify-requests-per-minute", 10_000);
        return TestApp.asStrings(properties);
    }

    @BeforeAll
    void startTrap() throws IOException {
        trap = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        trap.createContext("/", exchange -> {
            hits.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        trap.start();
    }

    @AfterAll
    void stopTrap() {
        trap.stop(0);
    }

    @Test
    void siteCheckNeverFetchesInternalAddresses() throws Exception {
        int port = trap.getAddress().getPort();
        List<String> targets = List.of("http://127.0.0.1:" + port + "/", "http://localhost:" + port + "/admin",
                "http://[::1]:" + port + "/", "http://2130706433:" + port + "/", "http://0x7f000001:" + port + "/",
                "http://127.1:" + port + "/", "http://0.0.0.0:" + port + "/", "http://127.0.0.1.nip.io:" + port + "/",
                "http://169.254.169.254/latest/meta-data/", "http://metadata.google.internal/computeMetadata/v1/",
                "http://10.0.0.1/", "http://192.168.1.1/", "http://[fd00::1]/", "file:///etc/passwd",
                "gopher://127.0.0.1:" + port + "/_GET", "ftp://127.0.0.1:" + port + "/",
                "https://example.com@127.0.0.1:" + port + "/", "http://127.0.0.1:" + port + "#@example.com/");
        HttpClient http = HttpClient.newHttpClient();

        for (String target : targets) {
            URI verify = URI.create("http://127.0.0.1:" + server.getPort() + "/api/v1/verify?url="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
            http.send(HttpRequest.newBuilder(verify).GET().build(), HttpResponse.BodyHandlers.discarding());
            String body = "{\"url\":\"" + target + "\",\"html\":\"<a href='" + target + "'>x</a><img src='" + target + "'>\"}";
            http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/api/v1/assess"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.discarding());
        }

        assertEquals(0, hits.get(), "requests that reached the loopback listener");
    }
}
