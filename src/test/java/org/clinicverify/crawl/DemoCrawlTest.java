package org.clinicverify.crawl;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The shipped demo.yml crawls the whole bundled demo web, once, end to end. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCrawlTest implements TestPropertyProvider {

    @Inject
    CrawlRunner runner;

    @Inject
    DemoWeb demoWeb;

    @Inject
    PageStore store;

    @Inject
    DataSource dataSource;

    private final RecordingSink sink = new RecordingSink();
    private CrawlReport report;
    private Map<String, URI> sites;

    @Override
    public @NonNull Map<String, String> getProperties() {
        return CrawlTestSupport.h2();
    }

    @BeforeAll
    void crawlTheDemoWeb() throws SQLException {
        CrawlTestSupport.clear(dataSource);
        report = runner.crawl(runner.load(Path.of("crawler-config/demo.yml")), sink, CrawlProgress.Listener.NONE);
        sites = demoWeb.start();
        CrawlCommand.printSummary(report, System.out);
    }

    @Test
    void finishesEverySite() {
        assertAll(
                () -> assertEquals(sites.size(), report.hostsFinished()),
                () -> assertEquals(sites.size(), Set.copyOf(sink.finishedHosts).size()),
                () -> assertEquals(sites.size(), store.hosts().size()));
    }

    @Test
    void storesThePagesOfEverySite() {
        assertTrue(store.count() >= sites.size() * 2L, "stored " + store.count());
    }

    @Test
    void neverRequestsAPageTheSitesRobotsTxtDisallows() {
        List<String> disallowedRequests = demoWeb.requests().stream()
                .filter(request -> !rules(request.siteId()).isAllowed(sites.get(request.siteId()) + request.path()))
                .map(request -> request.siteId() + request.path())
                .toList();

        assertAll(
                () -> assertEquals(List.of(), disallowedRequests),
                () -> assertTrue(report.disallowed() > 0, "the demo web links to disallowed pages"));
    }

    @Test
    void keepsWindows1252PagesByteForByte() {
        URI base = sites.get("ketamina-venta-sin-receta");
        StoredPage page = store.latestPages(base.getHost() + ":" + base.getPort()).stream()
                .filter(p -> p.finalUrl().getPath().equals("/index.html") || p.finalUrl().getPath().equals("/"))
                .findFirst().orElseThrow();

        assertArrayEquals(resource("ketamina-venta-sin-receta/index.html"), page.body());
    }

    private BaseRobotRules rules(String siteId) {
        String base = sites.get(siteId).toString();
        byte[] robots = new String(resource(siteId + "/robots.txt"), StandardCharsets.UTF_8)
                .replace("{{BASE}}", base).getBytes(StandardCharsets.UTF_8);
        return new SimpleRobotRulesParser().parseContent(base + "/robots.txt", robots, "text/plain",
                List.of("clinic-verify-bot"));
    }

    private static byte[] resource(String path) {
        try (InputStream in = DemoCrawlTest.class.getClassLoader().getResourceAsStream("demo-web/" + path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
