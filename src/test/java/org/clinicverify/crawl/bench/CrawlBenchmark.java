package org.clinicverify.crawl.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import org.clinicverify.crawl.CrawlConfig;
import org.clinicverify.crawl.CrawlProgress;
import org.clinicverify.crawl.CrawlReport;
import org.clinicverify.crawl.CrawlRunner;
import org.clinicverify.crawl.PageSink;
import org.clinicverify.crawl.StoredPage;
import org.jsoup.Jsoup;

/**
 * Not a test: prints crawl throughput on a generated local web of many hosts.
 *
 * <ol>
 *   <li>with a per-host delay: pages/s against the politeness ceiling (hosts / delay), which is what
 *       the crawler can reach at best without hammering any host;</li>
 *   <li>with no delay: pages/s of the whole crawl (fetch, store, frontier, link extraction) against
 *       bare Jsoup parsing of the same pages, to show where the time goes.</li>
 * </ol>
 *
 * The web and the crawl are public so {@code org.clinicverify.bench.BenchMain} (bench/run) reuses them
 * for its table.
 *
 * Run: {@code mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt &&
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.clinicverify.crawl.bench.CrawlBenchmark [hosts] [pages] [delayMs]}
 */
public final class CrawlBenchmark {

    private CrawlBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int hosts = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int delayMs = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        List<HttpServer> servers = startWeb(hosts, pages);
        try {
            List<String> seeds = servers.stream().map(s -> "http://127.0.0.1:" + s.getAddress().getPort() + "/").toList();

            Result paced = crawl(seeds, delayMs);
            double ceiling = hosts * 1000.0 / delayMs;
            System.out.printf("paced (%d hosts x %d pages, delay %d ms): %.1f pages/s; politeness ceiling %.1f pages/s"
                    + " (%.0f%%)%n", hosts, pages + 1, delayMs, paced.pagesPerSecond(), ceiling,
                    100 * paced.pagesPerSecond() / ceiling);

            Result unpaced = crawl(seeds, 0);
            long started = System.nanoTime();
            for (StoredPage page : unpaced.pages()) {
                Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8), page.finalUrl().toString());
            }
            double jsoupSeconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("unpaced: crawl pipeline %.1f pages/s; bare Jsoup parse of the same %d pages %.1f pages/s%n",
                    unpaced.pagesPerSecond(), unpaced.pages().size(), unpaced.pages().size() / jsoupSeconds);
        } finally {
            servers.forEach(server -> server.stop(0));
        }
    }

    /**
     * One crawl's figures.
     *
     * @param pagesPerSecond responses per second over the crawl's elapsed time
     * @param pages          the stored pages, in fetch order
     * @param fetchedAtMs    when each page reached the sink, in milliseconds since the crawl started
     */
    public record Result(double pagesPerSecond, List<StoredPage> pages, List<Long> fetchedAtMs) {
    }

    private static Result crawl(List<String> seeds, int delayMs) throws IOException {
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        properties.put("clinicverify.crawl.background", false);
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            return crawl(context, seeds, delayMs, 16, PageSink.NONE);
        }
    }

    /**
     * Crawls the seeds in the given context with a per-host delay, handing every page and finished site
     * on to {@code downstream} as well (PageSink.NONE for the crawl alone, the Pipeline for everything).
     */
    public static Result crawl(ApplicationContext context, List<String> seeds, int delayMs, int workers, PageSink downstream)
            throws IOException {
        StringBuilder yaml = new StringBuilder("name: bench-" + UUID.randomUUID().toString().substring(0, 8)
                + "\nuser-agent: clinic-verify-bot/bench\nallow-loopback: true\n")
                .append("workers: ").append(workers).append("\nmax-wait: 2s\nmax-pages-per-host: 10000\npoliteness:\n  delay: ")
                .append(delayMs).append("ms\nseeds:\n");
        seeds.forEach(seed -> yaml.append("  - ").append(seed).append('\n'));
        Path file = Files.createTempFile("bench", ".yml");
        Files.writeString(file, yaml);
        try {
            CrawlRunner runner = context.getBean(CrawlRunner.class);
            CrawlConfig config = runner.load(file);
            List<StoredPage> pages = java.util.Collections.synchronizedList(new ArrayList<>());
            List<Long> times = java.util.Collections.synchronizedList(new ArrayList<>());
            long started = System.nanoTime();
            CrawlReport report = runner.crawl(config, new PageSink() {
                @Override
                public void pageFetched(StoredPage page) {
                    times.add((System.nanoTime() - started) / 1_000_000);
                    pages.add(page);
                    downstream.pageFetched(page);
                }

                @Override
                public void siteFinished(String host) {
                    downstream.siteFinished(host);
                }
            }, CrawlProgress.Listener.NONE);
            double seconds = Math.max(0.001, report.elapsed().toMillis() / 1000.0);
            return new Result(report.fetched() / seconds, List.copyOf(pages), List.copyOf(times));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Starts {@code hosts} loopback web servers of {@code pages} + 1 clinic-like pages each. */
    public static List<HttpServer> startWeb(int hosts, int pages) throws IOException {
        List<HttpServer> servers = new ArrayList<>();
        for (int h = 0; h < hosts; h++) {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            server.setExecutor(Executors.newFixedThreadPool(2));
            int host = h;
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                String body = path.equals("/robots.txt") ? "User-agent: *\nAllow: /\n" : page(host, path, pages);
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", path.endsWith(".txt") ? "text/plain" : "text/html");
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            server.start();
            servers.add(server);
        }
        return servers;
    }

    /** A clinic-like page of about 4 KB linking to every page of its site. */
    private static String page(int host, String path, int pages) {
        StringBuilder html = new StringBuilder("<html><head><title>Clinic ").append(host).append(' ').append(path)
                .append("</title></head><body><h1>Ketamine clinic ").append(host).append("</h1><nav>");
        for (int p = 1; p <= pages; p++) {
            html.append("<a href=\"/p").append(p).append(".html\">Page ").append(p).append("</a> ");
        }
        html.append("</nav>");
        for (int i = 0; i < 20; i++) {
            html.append("<p>Our board-certified psychiatrists offer ketamine-assisted therapy, paragraph ").append(i)
                    .append(" of the page at ").append(path).append(".</p>");
        }
        return html.append("</body></html>").toString();
    }
}
