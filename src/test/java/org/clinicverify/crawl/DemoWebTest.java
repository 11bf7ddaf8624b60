package org.clinicverify.crawl;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The bundled demo web served over real HTTP on loopback. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoWebTest {

    private final DemoWeb demoWeb = new DemoWeb(Clock.systemUTC(), 0);
    private final HttpClient http = HttpClient.newHttpClient();
    private Map<String, URI> sites;

    @BeforeAll
    void start() {
        sites = demoWeb.start();
    }

    @AfterAll
    void stop() {
        demoWeb.stop();
    }

    private HttpResponse<byte[]> get(String site, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(sites.get(site) + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void servesEverySiteOnItsOwnLoopbackPort() {
        assertAll(
                () -> assertEquals(74, sites.size()),
                () -> assertEquals(74, sites.values().stream().map(URI::getPort).distinct().count()),
                () -> assertTrue(sites.values().stream().allMatch(base -> base.getHost().equals("127.0.0.1"))));
    }

    @Test
    void replacesBasePlaceholdersWithTheSitesOwnUrl() throws Exception {
        String robots = new String(get("back-bay-ketamine", "/robots.txt").body(), StandardCharsets.UTF_8);

        assertTrue(robots.contains("Sitemap: " + sites.get("back-bay-ketamine") + "/sitemap.xml"), robots);
    }

    @Test
    void answersSiteRedirectsWith301() throws Exception {
        HttpResponse<byte[]> response = get("keystone-ketamine-clinic", "/old-team.html");

        assertAll(
                () -> assertEquals(301, response.statusCode()),
                () -> assertEquals(sites.get("keystone-ketamine-clinic") + "/team.html",
                        response.headers().firstValue("Location").orElseThrow()));
    }

    @Test
    void servesAnAliasWithTheSameBytesAsItsFile() throws Exception {
        String site = "mindwell-health-news";

        assertArrayEquals(get(site, "/articles/online-ketamine-scams.html").body(),
                get(site, "/amp/online-ketamine-scams.html").body());
    }

    @Test
    void servesWindows1252FilesUnchanged() throws Exception {
        byte[] served = get("ketamina-venta-sin-receta", "/index.html").body();

        assertArrayEquals(resource("ketamina-venta-sin-receta/index.html"), served);
    }

    @Test
    void answers304ToAMatchingIfNoneMatch() throws Exception {
        HttpResponse<byte[]> first = get("back-bay-ketamine", "/index.html");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> second = http.send(HttpRequest.newBuilder(
                        URI.create(sites.get("back-bay-ketamine") + "/index.html")).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(304, second.statusCode());
    }

    @Test
    void doesNotServeSiteMetadata() throws Exception {
        HttpResponse<byte[]> response = get("back-bay-ketamine", "/site.yml");

        assertAll(
                () -> assertEquals(404, response.statusCode()),
                () -> assertFalse(new String(response.body(), StandardCharsets.UTF_8).contains("expect")));
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = DemoWebTest.class.getClassLoader().getResourceAsStream("demo-web/" + path)) {
            return in.readAllBytes();
        }
    }
}
