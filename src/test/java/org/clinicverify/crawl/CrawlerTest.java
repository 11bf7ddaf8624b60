package org.clinicverify.crawl;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The crawler against real HTTP servers on loopback and a real (H2, PostgreSQL mode) database. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrawlerTest implements TestPropertyProvider {

    @Inject
    CrawlRunner runner;

    @Inject
    Frontier frontier;

    @Inject
    PageStore store;

    @Inject
    DataSource dataSource;

    /** Of a 1 s delay (see {@link #shortestGapMs}). */
    private static final long MIN_SEEN_GAP_MS = 900;

    private TestWeb web;
    private RecordingSink sink;

    @Override
    public @NonNull Map<String, String> getProperties() {
        return CrawlTestSupport.h2();
    }

    @BeforeEach
    void emptyDatabaseAndFreshWeb() throws SQLException {
        CrawlTestSupport.clear(dataSource);
        web = new TestWeb();
        sink = new RecordingSink();
    }

    @AfterEach
    void stopWeb() throws SQLException {
        web.close();
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement statement = connection.createStatement()) {
            for (Class<?> trigger : List.of(FailFirstLinkInsert.class, FailFirstSitemapInsert.class)) {
                statement.execute("DROP TRIGGER IF EXISTS " + trigger.getSimpleName());
            }
        }
    }

    /** Makes the first {@code crawl_url} insert that {@code trigger} rejects fail (see FailOnceTrigger). */
    private void failOnce(Class<? extends FailOnceTrigger> trigger) throws SQLException {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TRIGGER " + trigger.getSimpleName() + " BEFORE INSERT ON crawl_url FOR EACH ROW CALL '"
                    + trigger.getName() + "'");
        }
    }

    private CrawlReport crawl(String yaml) {
        return runner.crawl(CrawlTestSupport.config(yaml, web.base() + "/"), sink, CrawlProgress.Listener.NONE);
    }

    @Test
    void neverRequestsUrlsDisallowedByRobotsTxt() {
        web.robots("User-agent: *\nDisallow: /private/\n")
                .page("/", TestWeb.links("/open.html", "/private/secret.html"))
                .page("/open.html", "<p>open</p>")
                .page("/private/secret.html", "<p>secret</p>");

        CrawlReport report = crawl("");

        assertAll(
                () -> assertEquals(0, web.count("/private/secret.html")),
                () -> assertEquals(1, web.count("/open.html")),
                () -> assertEquals(1, report.disallowed()));
    }

    @Test
    void waitsTheRobotsCrawlDelayBetweenRequestsToOneHost() {
        web.robots("User-agent: *\nCrawl-delay: 1\n")
                .page("/", TestWeb.links("/two.html", "/three.html"))
                .page("/two.html", "<p>2</p>")
                .page("/three.html", "<p>3</p>");

        crawl("");

        List<TestWeb.Hit> hits = web.hits();
        long shortestGap = shortestGapMs(hits);
        assertAll(
                () -> assertEquals(4, hits.size(), "robots.txt and three pages: " + web.paths()),
                () -> assertTrue(shortestGap >= MIN_SEEN_GAP_MS, "shortest gap " + shortestGap + " ms"));
    }

    @Test
    void waitsTheConfiguredDelayBetweenRequestsToOneHostRobotsTxtIncluded() {
        web.robots("User-agent: *\nAllow: /\n")
                .page("/", TestWeb.links("/two.html", "/three.html"))
                .page("/two.html", "<p>2</p>")
                .page("/three.html", "<p>3</p>");

        crawl("politeness:\n  delay: 1s\n");

        List<TestWeb.Hit> hits = web.hits();
        long shortestGap = shortestGapMs(hits);
        assertAll(
                () -> assertEquals("/robots.txt", hits.get(0).path()),
                () -> assertEquals(4, hits.size(), "robots.txt and three pages: " + web.paths()),
                () -> assertTrue(shortestGap >= MIN_SEEN_GAP_MS, "shortest gap " + shortestGap + " ms"));
    }

    @Test
    void backsOffAfter429UntilRetryAfterHasPassed() {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        web.robots("User-agent: *\nAllow: /\n")
                .page("/", TestWeb.links("/busy.html"))
                .route("/busy.html", exchange -> {
                    if (calls.incrementAndGet() == 1) {
                        exchange.getResponseHeaders().add("Retry-After", "1");
                        exchange.sendResponseHeaders(429, -1);
                    } else {
                        TestWeb.send(exchange, 200, "text/html", "<p>now</p>");
                    }
                });

        crawl("");

        List<TestWeb.Hit> busy = web.hits().stream().filter(hit -> hit.path().equals("/busy.html")).toList();
        assertAll(
                () -> assertEquals(2, busy.size()),
                () -> assertTrue(Duration.between(busy.get(0).at(), busy.get(1).at()).toMillis() >= 1000),
                () -> assertEquals("<p>now</p>", new String(sink.page("/busy.html").body(), StandardCharsets.UTF_8)));
    }

    @Test
    void endsARedirectLoop() {
        web.robots("")
                .page("/", TestWeb.links("/loop-a.html"))
                .redirect("/loop-a.html", 302, "/loop-b.html")
                .redirect("/loop-b.html", 302, "/loop-a.html");

        crawl("");

        assertAll(
                () -> assertEquals(1, web.count("/loop-a.html")),
                () -> assertEquals(1, web.count("/loop-b.html")),
                () -> assertEquals(List.of(web.base() + "/loop-a.html"), frontier.urls(Frontier.State.FAILED)));
    }

    @Test
    void cutsASlowPageAtTheFetchTimeout() {
        web.robots("")
                .page("/", TestWeb.links("/slow.html"))
                .route("/slow.html", exchange -> {
                    exchange.getResponseHeaders().add("Content-Type", "text/html");
                    exchange.sendResponseHeaders(200, 0);
                    OutputStream out = exchange.getResponseBody();
                    out.write("<p>first part</p>".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    sleep(5000);
                    out.write("<p>never waited for</p>".getBytes(StandardCharsets.UTF_8));
                });

        crawl("timeouts:\n  fetch: 1s\n");

        StoredPage slow = sink.page("/slow.html");
        assertAll(
                () -> assertTrue(slow.truncated()),
                () -> assertEquals("<p>first part</p>", new String(slow.body(), StandardCharsets.UTF_8)));
    }

    @Test
    void cutsAnOversizedPageAtTheSizeLimit() {
        String huge = "<html><body>" + "<p>filler text</p>".repeat(200_000) + "</body></html>";
        web.robots("").page("/", TestWeb.links("/huge.html")).page("/huge.html", huge);

        crawl("max-page-size: 64KB\n");

        StoredPage page = sink.page("/huge.html");
        assertAll(
                () -> assertTrue(page.truncated()),
                () -> assertEquals(64 * 1024, page.body().length));
    }

    @Test
    void refusesLinksAndRedirectsToPrivateAndMetadataAddresses() {
        String port = web.base().substring(web.base().lastIndexOf(':') + 1);
        web.robots("")
                .page("/", TestWeb.links("http://10.0.0.5/link.html", "http://169.254.169.254/latest/meta-data/",
                        "http://internal.test:" + port + "/named.html", "/to-private.html", "/to-metadata.html",
                        "/to-named.html"))
                .redirect("/to-private.html", 302, "http://10.0.0.5/redirected.html")
                .redirect("/to-metadata.html", 302, "http://169.254.169.254/latest/user-data")
                .redirect("/to-named.html", 302, "http://internal.test:" + port + "/redirected-named.html");
        // A resolver that maps a name to a private address stands in for a hostile DNS answer: there is
        // no DNS server here we could make say that. Every other name goes to the real resolver.
        HostResolver hostileDns = host -> host.equals("internal.test")
                ? List.of(InetAddress.getByAddress(host, new byte[] {10, 0, 0, 5}))
                : HostResolver.system().resolve(host);
        CrawlConfig config = CrawlTestSupport.config(
                "allowed-hosts: [127.0.0.1, 10.0.0.5, 169.254.169.254, internal.test]\ntimeouts:\n  connect: 1s\n",
                web.base() + "/");

        CrawlReport report = runner.crawl(config, sink, CrawlProgress.Listener.NONE, hostileDns);

        List<String> failed = frontier.urls(Frontier.State.FAILED);
        assertAll(
                () -> assertEquals(java.util.Set.of("/robots.txt", "/", "/to-private.html", "/to-metadata.html",
                        "/to-named.html"), java.util.Set.copyOf(web.paths())),
                () -> assertTrue(failed.containsAll(List.of("http://10.0.0.5/link.html",
                        "http://169.254.169.254/latest/meta-data/", "http://internal.test:" + port + "/named.html",
                        "http://10.0.0.5/redirected.html", "http://169.254.169.254/latest/user-data",
                        "http://internal.test:" + port + "/redirected-named.html")), "failed: " + failed),
                () -> assertFalse(web.paths().contains("/named.html")),
                () -> assertFalse(web.paths().contains("/redirected-named.html")),
                () -> assertTrue(report.errorCount() >= 3));
    }

    @Test
    void refusesLoopbackAddressesUnlessTheConfigAllowsThem() {
        String port = web.base().substring(web.base().lastIndexOf(':') + 1);
        web.robots("").page("/", "<p>home</p>");
        // As above: a stand-in for a DNS answer pointing a public-looking name at loopback.
        HostResolver loopbackDns = host -> host.equals("looks-public.test")
                ? List.of(InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}))
                : HostResolver.system().resolve(host);
        CrawlConfig config = CrawlTestSupport.config("allow-loopback: false\n",
                web.base() + "/", "http://looks-public.test:" + port + "/");

        runner.crawl(config, sink, CrawlProgress.Listener.NONE, loopbackDns);

        assertAll(
                () -> assertEquals(List.of(), web.paths()),
                () -> assertEquals(2, frontier.urls(Frontier.State.FAILED).size()));
    }

    @Test
    void recrawlSendsAConditionalGetAndKeepsThePageOn304() {
        web.robots("").route("/", exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
            } else {
                exchange.getResponseHeaders().add("ETag", "\"v1\"");
                TestWeb.send(exchange, 200, "text/html", "<p>v1</p>");
            }
        });
        crawl("recrawl-interval: 0s\n");

        CrawlReport second = crawl("recrawl-interval: 0s\n");

        assertAll(
                () -> assertEquals(1, second.notModified()),
                () -> assertEquals(2, web.count("/")),
                () -> assertEquals(1, store.count()),
                () -> assertEquals(1, store.latestPages(web.hostKey()).size()));
    }

    @Test
    void storesOnePageWhenTwoUrlsServeTheSameContent() {
        web.robots("")
                .page("/", TestWeb.links("/a.html", "/b.html"))
                .page("/a.html", "<p>same</p>")
                .page("/b.html", "<p>same</p>");

        CrawlReport report = crawl("");

        assertAll(
                () -> assertEquals(1, report.duplicates()),
                () -> assertEquals(2, store.latestPages(web.hostKey()).size()));
    }

    @Test
    void followsTheCanonicalLinkInsteadOfKeepingAVariant() {
        web.robots("")
                .page("/", TestWeb.links("/article.html?utm_source=x"))
                .page("/article.html", "<html><head><link rel=canonical href=\"/article.html\"></head><p>a</p></html>");

        crawl("");

        assertEquals(List.of(web.base() + "/", web.base() + "/article.html"),
                store.latestPages(web.hostKey()).stream().map(page -> page.finalUrl().toString()).toList());
    }

    @Test
    void fetchesNothingWhileRobotsTxtAnswers503() {
        web.route("/robots.txt", exchange -> exchange.sendResponseHeaders(503, -1)).page("/", "<p>home</p>");

        crawl("");

        assertAll(
                () -> assertEquals(List.of("/robots.txt"), web.paths()),
                () -> assertEquals(List.of(web.base() + "/"), frontier.urls(Frontier.State.QUEUED)));
    }

    @Test
    void treatsAMissingRobotsTxtAsAllowAll() {
        web.page("/", TestWeb.links("/a.html")).page("/a.html", "<p>a</p>");

        crawl("");

        assertEquals(List.of("/robots.txt", "/", "/a.html"), web.paths());
    }

    @Test
    void fetchesPagesListedOnlyInTheSitemapNamedByRobotsTxt() {
        web.robots("User-agent: *\nAllow: /\nSitemap: " + web.base() + "/sitemap.xml\n")
                .page("/", "<p>no links</p>")
                .route("/sitemap.xml", exchange -> TestWeb.send(exchange, 200, "application/xml",
                        "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                                + "<url><loc>" + web.base() + "/hidden.html</loc></url></urlset>"))
                .page("/hidden.html", "<p>only in the sitemap</p>");

        crawl("");

        assertEquals(1, web.count("/hidden.html"));
    }

    @Test
    void queuesOnePageReachedUnderTwoSpellingsOnce() {
        web.robots("")
                .page("/", TestWeb.links("/a.html#top", "/x/../a.html", web.base().replace("http://", "HTTP://") + "/./a.html"))
                .page("/a.html", "<p>a</p>");

        crawl("");

        assertEquals(1, web.count("/a.html"));
    }

    @Test
    void leavesTheUrlsOfAnotherCrawlConfigurationAlone() {
        web.robots("").page("/", "<p>home</p>");
        try (TestWeb other = new TestWeb().robots("").page("/", "<p>other</p>")) {
            frontier.enqueue("another-crawl", other.base() + "/", other.hostKey(), Frontier.Kind.PAGE, 0, 0, 10);

            crawl("");

            assertEquals(List.of(), other.paths());
        }
    }

    @Test
    void crawlsTheLinksOfAPageWhoseStoringTransactionFailedOnce() throws SQLException {
        web.robots("")
                .page("/", TestWeb.links("/a.html", "/b.html"))
                .page("/a.html", "<p>a</p>")
                .page("/b.html", "<p>b</p>");
        // A link insert, not the page insert: the page row goes in before its links are worked out, and
        // the transaction must fail after them, as a connection lost at any statement would.
        failOnce(FailFirstLinkInsert.class);

        crawl("");

        assertAll(
                () -> assertEquals(2, web.count("/"), "the home page is fetched again after its transaction failed"),
                () -> assertEquals(1, web.count("/a.html")),
                () -> assertEquals(1, web.count("/b.html")));
    }

    @Test
    void crawlsTheSitemapOfARobotsTxtWhoseSitemapFailedToBeQueuedOnce() throws SQLException {
        web.robots("User-agent: *\nAllow: /\nSitemap: " + web.base() + "/sitemap.xml\n")
                .page("/", TestWeb.links("/a.html"))
                .page("/a.html", "<p>a</p>")
                .route("/sitemap.xml", exchange -> TestWeb.send(exchange, 200, "application/xml",
                        "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                                + "<url><loc>" + web.base() + "/hidden.html</loc></url></urlset>"))
                .page("/hidden.html", "<p>only in the sitemap</p>");
        // The robots.txt turn's write fails: the seed in hand must not stay claimed (lease renewal would
        // then hold it, and the run, forever), and the sitemap must still be queued.
        failOnce(FailFirstSitemapInsert.class);

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> crawl(""), "the crawl ends");

        assertAll(
                () -> assertEquals(2, web.count("/robots.txt"), "robots.txt is read again for the seed's retry"),
                () -> assertEquals(1, web.count("/sitemap.xml")),
                () -> assertEquals(1, web.count("/")),
                () -> assertEquals(1, web.count("/a.html")),
                () -> assertEquals(1, web.count("/hidden.html")));
    }

    @Test
    void tellsTheSinkWhenASiteIsFinished() {
        web.robots("").page("/", "<p>home</p>");

        crawl("");

        assertEquals(List.of(web.hostKey()), sink.finishedHosts);
    }

    @Test
    void letsAHostGoRightAfterItsLastPageNotADelayLater() {
        web.robots("").page("/", TestWeb.links("/two.html")).page("/two.html", "<p>2</p>");

        CrawlReport report = crawl("politeness:\n  delay: 2s\n");

        // The second page is due two delays in (robots.txt, then each page one delay after the request
        // before it); waiting a further idle turn would make it three.
        assertAll(
                () -> assertEquals(List.of("/robots.txt", "/", "/two.html"), web.paths()),
                () -> assertTrue(report.elapsed().compareTo(Duration.ofMillis(5500)) < 0, "took " + report.elapsed()));
    }

    @Test
    void finishesAHostAgainWhenALaterPageLinksToIt() {
        try (TestWeb other = new TestWeb().robots("").page("/", "<p>other</p>").page("/extra.html", "<p>extra</p>")) {
            // the other host is done after one delay (robots.txt, then its page); the link to its new
            // page comes three delays in
            web.robots("")
                    .page("/", TestWeb.links("/mid.html"))
                    .page("/mid.html", TestWeb.links("/late.html"))
                    .page("/late.html", TestWeb.links(other.base() + "/extra.html"));

            CrawlReport report = runner.crawl(CrawlTestSupport.config("politeness:\n  delay: 700ms\n",
                    web.base() + "/", other.base() + "/"), sink, CrawlProgress.Listener.NONE);

            assertAll(
                    () -> assertEquals(List.of("/robots.txt", "/", "/extra.html"), other.paths()),
                    () -> assertEquals(2, sink.finishedHosts.stream().filter(other.hostKey()::equals).count(),
                            "the sink hears of the site again, so its new page is extracted"),
                    () -> assertEquals(2, report.hostsFinished(), "each host counts once"));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The shortest time between two consecutive requests, in milliseconds, as the server saw them
     * arrive. The crawler spaces its sends; an arrival can lag its send by tens of milliseconds on a
     * loaded machine (948 ms was seen for a 1 s delay at load average 20), so the check allows 10%.
     */
    private static long shortestGapMs(List<TestWeb.Hit> hits) {
        return java.util.stream.IntStream.range(1, hits.size())
                .mapToLong(i -> Duration.between(hits.get(i - 1).at(), hits.get(i).at()).toMillis())
                .min().orElseThrow();
    }
}
