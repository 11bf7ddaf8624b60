package org.clinicverify.bench;

import java.awt.Color;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.clinicverify.Pipeline;
import org.clinicverify.crawl.FetchedPage;
import org.clinicverify.crawl.PageSink;
import org.clinicverify.crawl.bench.CrawlBenchmark;
import org.clinicverify.directory.ListingRepository;
import org.clinicverify.extract.Extractor;
import org.clinicverify.score.Scorer;
import org.clinicverify.search.BenchmarkAccess;
import org.clinicverify.search.ClinicIndexAdmin;
import org.clinicverify.search.ReindexService;
import org.clinicverify.search.SearchDocuments;
import org.clinicverify.search.LocalElasticsearchNode;
import org.clinicverify.testsupport.TestElasticsearch;
import org.clinicverify.testsupport.TestPostgres;
import org.jsoup.Jsoup;

/**
 * The bench/run entry point (not a test): every figure of issue 8 measured side by side with its raw
 * baseline in one run on the real parts (real Elasticsearch node, real PostgreSQL, loopback web
 * servers), printed as ONE Markdown table and written to {@code bench/results/} with the raw CSVs and a
 * PNG, and copied into bench/README.md between the {@code bench:table} markers. Ratios matter more than
 * the absolute numbers: the machines are shared and noisy.
 *
 * <p>Arguments ({@code --name=value}, all optional): listings (100000), hosts (200), pages (10 per host,
 * plus the home page), delay-ms (500), workers (32), pipeline-hosts (50: hosts of the whole-pipeline crawl), rate (100 requests/s), duration (60 s),
 * queries (300), out (bench/results), readme (bench/README.md).
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int listings = Integer.parseInt(options.getOrDefault("listings", "100000"));
        int hosts = Integer.parseInt(options.getOrDefault("hosts", "200"));
        int pages = Integer.parseInt(options.getOrDefault("pages", "10"));
        int delayMs = Integer.parseInt(options.getOrDefault("delay-ms", "500"));
        int workers = Integer.parseInt(options.getOrDefault("workers", "32"));
        int rate = Integer.parseInt(options.getOrDefault("rate", "100"));
        int duration = Integer.parseInt(options.getOrDefault("duration", "60"));
        int queries = Integer.parseInt(options.getOrDefault("queries", "300"));
        int pipelineHosts = Integer.parseInt(options.getOrDefault("pipeline-hosts", "50"));
        Path out = Path.of(options.getOrDefault("out", "bench/results"));
        Path readme = Path.of(options.getOrDefault("readme", "bench/README.md"));
        Files.createDirectories(out);
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        List<Row> rows = new ArrayList<>();
        // Its own node (not the tests' target/test-elasticsearch): a test run beside the bench would stop it.
        LocalElasticsearchNode node = LocalElasticsearchNode.start(TestElasticsearch.settings(), Path.of("target", "bench-elasticsearch"));
        Runtime.getRuntime().addShutdownHook(new Thread(node::close, "bench-elasticsearch-stop"));
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", TestPostgres.freshDatabase("bench"));
        properties.put("datasources.default.username", TestPostgres.user());
        properties.put("datasources.default.password", "");
        properties.put("clinicverify.elasticsearch.url", node.url().toString());
        properties.put("clinicverify.elasticsearch.alias", "clinics_bench");
        properties.put("clinicverify.data-dir", Path.of("target", "bench-data", started.toString().replace(':', '-')).toString());
        properties.put("clinicverify.crawl.background", false);
        properties.put("clinicverify.search.catch-up.interval", "24h");
        // All load comes from one loopback address: lift the anonymous per-IP plan so the figures measure
        // the service, not the partner throttle (its 429s are proven in partner.PartnerApiTest).
        BenchMain.unthrottled(properties);
        properties.put("micronaut.server.port", freePort());

        CrawlBenchmark.Result paced;
        CrawlBenchmark.Result unpaced;
        CrawlBenchmark.Result whole;
        SearchMeasurements.Latencies latencies;
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            if (!server.isRunning()) {
                server.start();
            }
            List<HttpServer> web = CrawlBenchmark.startWeb(hosts, pages);
            try {
                List<String> seeds = web.stream().map(s -> "http://127.0.0.1:" + s.getAddress().getPort() + "/").toList();
                step("crawl, paced: " + hosts + " hosts x " + (pages + 1) + " pages, delay " + delayMs + " ms");
                paced = CrawlBenchmark.crawl(context, seeds, delayMs, workers, PageSink.NONE);
                double ceiling = hosts * 1000.0 / delayMs;
                rows.add(new Row("Crawl, paced (" + hosts + " hosts, " + delayMs + " ms per host, " + workers + " workers)",
                        paced.pagesPerSecond(), "pages/s", ceiling, "pages/s politeness ceiling (hosts / delay)"));

                step("crawl, unpaced");
                unpaced = CrawlBenchmark.crawl(context, seeds, 0, workers, PageSink.NONE);
                double jsoup = CrawlBenchmark.jsoupPagesPerSecond(unpaced.pages());
                rows.add(new Row("Crawl alone, unpaced (fetch, robots, frontier, page store, links; "
                        + unpaced.pages().size() + " pages)", unpaced.pagesPerSecond(), "pages/s", jsoup,
                        "pages/s bare Jsoup parse of the same pages"));

                List<String> pipelineSeeds = seeds.subList(0, Math.min(seeds.size(), pipelineHosts));
                step("whole crawl pipeline, unpaced, " + pipelineSeeds.size() + " hosts");
                whole = CrawlBenchmark.crawl(context, pipelineSeeds, 0, workers, context.getBean(Pipeline.class));
                rows.add(new Row("Whole crawl pipeline, unpaced (crawl + extract + score + directory + index; "
                        + whole.pages().size() + " pages of " + pipelineSeeds.size() + " hosts)",
                        whole.pagesPerSecond(), "pages/s", jsoup, "pages/s bare Jsoup parse of the same pages"));
            } finally {
                web.forEach(s -> s.stop(0));
            }

            step("assess per page (eval set)");
            rows.add(assessRow(context.getBean(Extractor.class), context.getBean(Scorer.class)));

            step("generating " + listings + " listings");
            long insert = System.nanoTime();
            new ListingGenerator().fill(context.getBean(ListingRepository.class), context.getBean(JsonMapper.class), listings, 42);
            System.out.printf("  inserted in %d ms%n", (System.nanoTime() - insert) / 1_000_000);

            step("reindex vs raw _bulk");
            ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
            ClinicIndexAdmin admin = context.getBean(ClinicIndexAdmin.class);
            SearchMeasurements.ReindexFigures reindexed = SearchMeasurements.reindexAgainstRawBulk(
                    context.getBean(ListingRepository.class), context.getBean(ReindexService.class), admin, client,
                    context.getBean(SearchDocuments.class));
            rows.add(new Row("Reindex " + reindexed.documents() + " listings (database -> new index -> alias swap)",
                    reindexed.reindexPerSecond(), "docs/s", reindexed.rawBulkPerSecond(), "docs/s raw _bulk, 1,000 per request"));

            step("search API vs raw Elasticsearch, " + queries + " queries");
            HttpClient http = HttpClient.newHttpClient();
            URI base = server.getURI();
            latencies = SearchMeasurements.apiAgainstRawElasticsearch(path -> get(http, base.resolve(path)), client, admin,
                    context.getBean(BenchmarkAccess.class), queries);
            rows.add(new Row("Search API p50 (GET /api/v1/clinics, sequential)", latencies.apiMillis(50), "ms",
                    latencies.rawMillis(50), "ms same query body straight to Elasticsearch"));
            rows.add(new Row("Search API p99", latencies.apiMillis(99), "ms", latencies.rawMillis(99),
                    "ms same query body straight to Elasticsearch"));
        }

        step("fixed-rate load: " + rate + " req/s for " + duration + " s against the service in a second process");
        LoadRun.Result loaded;
        Map<String, Object> serviceProperties = new LinkedHashMap<>(properties);
        serviceProperties.put("micronaut.server.port", freePort());
        try (ServiceProcess service = ServiceProcess.start(serviceProperties, out.resolve("service.log"))) {
            long idleRss = LoadRun.rssKb(service.pid());
            loaded = LoadRun.run(service.uri(), service.pid(), rate, duration);
            rows.add(new Row(String.format(Locale.ROOT, "Load run %d req/s x %d s (%d requests): errors %d, p50 %.1f ms, p99 %.1f ms",
                    rate, duration, loaded.samples().size(), loaded.errors(), SearchMeasurements.at(loaded.sortedNanos(), 50) / 1e6,
                    SearchMeasurements.at(loaded.sortedNanos(), 99) / 1e6), loaded.maxRssKb() / 1024.0, "MB RSS (max)",
                    idleRss / 1024.0, "MB RSS of the service before the run"));
        }

        String table = table(rows, started, load, listings);
        System.out.println();
        System.out.println(table);
        Files.writeString(out.resolve("bench.md"), table + "\n![latency distributions and crawl rate](bench.png)\n");
        writeCsvs(out, rows, latencies, List.of(paced, unpaced, whole), loaded);
        Charts.write(out.resolve("bench.png"), latencies.apiNanos(), latencies.rawNanos(), List.of(
                new Charts.Series("paced, delay " + delayMs + " ms", new Color(40, 140, 60), perSecond(paced)),
                new Charts.Series("unpaced, crawl alone", new Color(40, 100, 200), perSecond(unpaced)),
                new Charts.Series("unpaced, whole pipeline", new Color(220, 90, 40), perSecond(whole))));
        updateReadme(readme, table + "\n![latency distributions and crawl rate](results/bench.png)\n");
        System.out.println("Results: " + out.toAbsolutePath() + " (bench.md, bench.png, summary.csv, latency.csv, crawl-rate.csv, load.csv)");
        System.exit(0);
    }

    /** One line of the table: our figure, the raw baseline it is compared with, and their ratio. */
    record Row(String measure, double value, String unit, double baseline, String baselineUnit) {

        double ratio() {
            return baseline == 0 ? Double.NaN : value / baseline;
        }
    }

    private static Row assessRow(Extractor extractor, Scorer scorer) throws IOException {
        List<FetchedPage> pages = evalPages();
        for (FetchedPage page : pages) {
            scorer.assessPage(extractor.extract(page));
        }
        int rounds = 3;
        long assess = 0;
        long jsoup = 0;
        for (int round = 0; round < rounds; round++) {
            long t0 = System.nanoTime();
            for (FetchedPage page : pages) {
                scorer.assessPage(extractor.extract(page));
            }
            long t1 = System.nanoTime();
            for (FetchedPage page : pages) {
                Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8), page.finalUrl().toString());
            }
            assess += t1 - t0;
            jsoup += System.nanoTime() - t1;
        }
        double n = (double) rounds * pages.size();
        return new Row("Assess per page (extract + score; " + pages.size() + " labelled eval pages x " + rounds + ")",
                assess / n / 1000.0, "µs/page", jsoup / n / 1000.0, "µs/page bare Jsoup parse");
    }

    /** The labelled evaluation pages (src/test/resources/eval) as fetched pages. */
    private static List<FetchedPage> evalPages() throws IOException {
        List<FetchedPage> pages = new ArrayList<>();
        try (InputStream in = BenchMain.class.getResourceAsStream("/eval/labels.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line : reader.lines().skip(1).toList()) {
                String[] row = line.split(",");
                try (InputStream page = BenchMain.class.getResourceAsStream("/eval/" + row[2])) {
                    if (page == null) {
                        continue;
                    }
                    URI url = URI.create(row[1]);
                    String type = row[2].endsWith(".txt") ? "text/plain" : "text/html; charset=utf-8";
                    pages.add(new FetchedPage(url, url, 200, type, Map.of(), page.readAllBytes(), Instant.now()));
                }
            }
        }
        return pages;
    }

    private static double[] perSecond(CrawlBenchmark.Result result) {
        long last = result.fetchedAtMs().stream().mapToLong(Long::longValue).max().orElse(0);
        double[] counts = new double[(int) (last / 1000) + 1];
        result.fetchedAtMs().forEach(ms -> counts[(int) (ms / 1000)]++);
        return counts;
    }

    private static String table(List<Row> rows, Instant started, String load, int listings) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Run %s on %d cores (load average %s at start), %d generated listings, "
                + "Java %s.%n%n", started, Runtime.getRuntime().availableProcessors(), load, listings,
                System.getProperty("java.version")));
        md.append("| measure | this service | raw baseline | ratio |\n|---|---:|---:|---:|\n");
        for (Row row : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %s %s | %s %s | %.3g |%n", row.measure(), number(row.value()),
                    row.unit(), number(row.baseline()), row.baselineUnit(), row.ratio()));
        }
        return md.toString();
    }

    private static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static void writeCsvs(Path out, List<Row> rows, SearchMeasurements.Latencies latencies,
                                  List<CrawlBenchmark.Result> crawls, LoadRun.Result loaded) throws IOException {
        StringBuilder summary = new StringBuilder("measure,value,unit,baseline,baseline_unit,ratio\n");
        rows.forEach(r -> summary.append(String.format(Locale.ROOT, "\"%s\",%.3f,%s,%.3f,\"%s\",%.4f%n",
                r.measure().replace("\"", "'"), r.value(), r.unit(), r.baseline(), r.baselineUnit(), r.ratio())));
        Files.writeString(out.resolve("summary.csv"), summary);
        StringBuilder latency = new StringBuilder("source,millis\n");
        for (long n : latencies.apiNanos()) {
            latency.append("api,").append(String.format(Locale.ROOT, "%.3f", n / 1e6)).append('\n');
        }
        for (long n : latencies.rawNanos()) {
            latency.append("elasticsearch,").append(String.format(Locale.ROOT, "%.3f", n / 1e6)).append('\n');
        }
        Files.writeString(out.resolve("latency.csv"), latency);
        StringBuilder crawl = new StringBuilder("run,second,pages\n");
        String[] names = {"paced", "unpaced", "pipeline"};
        for (int run = 0; run < crawls.size(); run++) {
            double[] counts = perSecond(crawls.get(run));
            for (int s = 0; s < counts.length; s++) {
                crawl.append(names[run]).append(',').append(s).append(',').append((long) counts[s]).append('\n');
            }
        }
        Files.writeString(out.resolve("crawl-rate.csv"), crawl);
        StringBuilder load = new StringBuilder("due_ms,status,latency_ms\n");
        loaded.samples().forEach(s -> load.append(s.dueMillis()).append(',').append(s.status()).append(',')
                .append(String.format(Locale.ROOT, "%.3f", s.latencyMillis())).append('\n'));
        Files.writeString(out.resolve("load.csv"), load);
    }

    private static void updateReadme(Path readme, String table) throws IOException {
        String start = "<!-- bench:table:start -->";
        String end = "<!-- bench:table:end -->";
        if (!Files.exists(readme)) {
            return;
        }
        String text = Files.readString(readme);
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            return;
        }
        Files.writeString(readme, text.substring(0, from + start.length()) + "\n" + table + text.substring(to));
    }

    private static void get(HttpClient http, URI uri) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void unthrottled(Map<String, Object> properties) {
        properties.put("clinicverify.partner.plans.anonymous.rate-per-second", 100_000);
        properties.put("clinicverify.partner.plans.anonymous.burst", 100_000);
        properties.put("clinicverify.partner.plans.anonymous.daily-quota", 100_000_000);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void step(String what) {
        System.out.printf("[%s] %s%n", Instant.now().truncatedTo(ChronoUnit.SECONDS), what);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("arguments are --name=value, got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }
}
