package org.clinicverify.crawl;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.clinicverify.testsupport.TestApp;
import org.clinicverify.testsupport.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Real crawler processes (child JVMs running the {@code crawl} command) against the real PostgreSQL:
 * a crawl killed with {@code kill -9} resumes without losing or refetching completed URLs, and two
 * processes share one frontier without fetching a URL twice.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrawlProcessTest implements TestPropertyProvider {

    private static final Duration PROCESS_LIMIT = Duration.ofMinutes(3);

    @Inject
    CrawlRunner runner;

    @Inject
    Frontier frontier;

    @Inject
    DataSource dataSource;

    private String databaseUrl;

    @Override
    public @NonNull Map<String, String> getProperties() {
        // The test's own context too uses the shared test node and a data folder under target/ (the
        // app's defaults would start a node of its own in ./data).
        Map<String, Object> properties = TestApp.withPostgres("crawlproc");
        databaseUrl = (String) properties.get("datasources.default.url");
        return TestApp.asStrings(properties);
    }

    @BeforeEach
    void emptyDatabase() throws SQLException {
        CrawlTestSupport.clear(dataSource);
    }

    @Test
    void resumesAKilledCrawlWithoutLosingOrRefetchingCompletedUrls() throws Exception {
        try (TestWeb web = siteOf(30)) {
            Path config = configFile("kill", "200ms", 4, web.base() + "/");
            Process crawler = startCrawler(config, "kill");
            awaitHits(web, 10, crawler);

            crawler.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs
            List<String> completedBeforeKill = frontier.urls(Frontier.State.DONE);
            runner.crawl(runner.load(config), PageSink.NONE, CrawlProgress.Listener.NONE);

            List<String> refetchedAfterCompletion = completedBeforeKill.stream()
                    .map(url -> url.substring(web.base().length()))
                    .filter(path -> web.count(path) != 1).toList();
            assertAll(
                    () -> assertTrue(completedBeforeKill.size() >= 5, "completed before kill: " + completedBeforeKill),
                    () -> assertEquals(List.of(), refetchedAfterCompletion),
                    () -> assertEquals(pagesOf(30), pagesRequested(web)),
                    () -> assertEquals(31, frontier.urls(Frontier.State.DONE).size()));
        }
    }

    @Test
    void twoProcessesShareTheFrontierWithoutFetchingAUrlTwice() throws Exception {
        // 12 hosts, more than one process leases at a time (max-active-hosts 4): both must work.
        List<TestWeb> webs = IntStream.range(0, 12).mapToObj(i -> siteOf(8)).toList();
        try {
            Path config = configFile("pair", "500ms", 2, webs.stream().map(web -> web.base() + "/").toArray(String[]::new));
            Process first = startCrawler(config, "pair-1");
            Process second = startCrawler(config, "pair-2");

            boolean ended = first.waitFor(PROCESS_LIMIT.toSeconds(), TimeUnit.SECONDS)
                    & second.waitFor(PROCESS_LIMIT.toSeconds(), TimeUnit.SECONDS);

            List<String> fetchedTwice = new ArrayList<>();
            for (TestWeb web : webs) {
                web.paths().stream().filter(path -> !path.equals("/robots.txt"))
                        .filter(path -> web.count(path) > 1).distinct()
                        .forEach(path -> fetchedTwice.add(web.base() + path));
            }
            assertAll(
                    () -> assertTrue(ended, "both crawler processes ended"),
                    () -> assertEquals(0, first.exitValue()),
                    () -> assertEquals(0, second.exitValue()),
                    () -> assertEquals(List.of(), fetchedTwice),
                    () -> assertEquals(12 * 9, frontier.urls(Frontier.State.DONE).size()),
                    () -> assertTrue(responses("pair-1") > 0 && responses("pair-2") > 0,
                            "each process fetched a share: " + responses("pair-1") + " and " + responses("pair-2")));
        } finally {
            webs.forEach(TestWeb::close);
        }
    }

    /** A site of {@code pages} pages, all linked from its home page. */
    private static TestWeb siteOf(int pages) {
        TestWeb web = new TestWeb().robots("User-agent: *\nAllow: /\n");
        web.page("/", TestWeb.links(IntStream.rangeClosed(1, pages).mapToObj(i -> "/p" + i + ".html").toArray(String[]::new)));
        for (int i = 1; i <= pages; i++) {
            web.page("/p" + i + ".html", "<html><body><p>page " + i + "</p></body></html>");
        }
        return web;
    }

    private static Set<String> pagesOf(int pages) {
        Set<String> paths = new java.util.TreeSet<>();
        paths.add("/");
        IntStream.rangeClosed(1, pages).forEach(i -> paths.add("/p" + i + ".html"));
        return paths;
    }

    private static Set<String> pagesRequested(TestWeb web) {
        Set<String> paths = new java.util.TreeSet<>(web.paths());
        paths.remove("/robots.txt");
        return paths;
    }

    private static Path configFile(String name, String delay, int workers, String... seeds) throws IOException {
        StringBuilder yaml = new StringBuilder("name: " + name + "\nuser-agent: clinic-verify-bot/test\nseeds:\n");
        for (String seed : seeds) {
            yaml.append("  - ").append(seed).append('\n');
        }
        yaml.append("allow-loopback: true\npoliteness:\n  delay: ").append(delay)
                .append("\ntimeouts:\n  connect: 1s\n  fetch: 2s\n")
                .append("workers: ").append(workers).append("\nmax-active-hosts: ").append(workers * 2)
                .append("\nlease: 3s\nmax-wait: 5s\n");
        Path file = Files.createDirectories(Path.of("target", "crawl-process-test")).resolve(name + ".yml");
        Files.writeString(file, yaml.toString(), StandardCharsets.UTF_8);
        return file;
    }

    /** {@code java -cp <test classpath> org.clinicverify.Application crawl --config ...} on this database. */
    private Process startCrawler(Path config, String logName) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "org.clinicverify.Application", "crawl", "--quiet", "--config", config.toString());
        builder.environment().put("DATASOURCES_DEFAULT_URL", databaseUrl);
        builder.environment().put("DATASOURCES_DEFAULT_USERNAME", TestPostgres.user());
        builder.environment().put("DATASOURCES_DEFAULT_PASSWORD", "");
        // The crawl feeds the search index: the child uses the test run's Elasticsearch node.
        builder.environment().put("ELASTICSEARCH_URL", org.clinicverify.testsupport.TestElasticsearch.url());
        builder.environment().put("CLINICVERIFY_ELASTICSEARCH_ALIAS", org.clinicverify.testsupport.TestApp.uniqueAlias());
        builder.environment().put("CLINICVERIFY_DATA_DIR", Path.of("target", "crawl-process-test", logName).toString());
        File log = Path.of("target", "crawl-process-test", logName + ".log").toFile();
        builder.redirectErrorStream(true).redirectOutput(log);
        return builder.start();
    }

    /** The response count from the summary line the crawl command printed. */
    private static long responses(String logName) throws IOException {
        String log = Files.readString(Path.of("target", "crawl-process-test", logName + ".log"), StandardCharsets.UTF_8);
        java.util.regex.Matcher summary = java.util.regex.Pattern.compile("Crawl finished in \\d+s: (\\d+) responses")
                .matcher(log);
        return summary.find() ? Long.parseLong(summary.group(1)) : -1;
    }

    private static void awaitHits(TestWeb web, int pages, Process crawler) throws InterruptedException {
        Instant limit = Instant.now().plus(PROCESS_LIMIT);
        while (pagesRequested(web).size() < pages) {
            if (!crawler.isAlive() || Instant.now().isAfter(limit)) {
                throw new AssertionError("the crawler process fetched " + pagesRequested(web).size()
                        + " pages before it ended or the time ran out; see target/crawl-process-test/");
            }
            Thread.sleep(50);
        }
    }
}
