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
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import org.clinicverify.Pipeline;
import org.clinicverify.crawl.CrawlConfig;
import org.clinicverify.crawl.CrawlProgress;
import org.clinicverify.crawl.CrawlReport;
import org.clinicverify.crawl.CrawlRunner;
import org.clinicverify.crawl.PageSink;
import org.clinicverify.crawl.StoredPage;
import org.clinicverify.extract.Extractor;
import org.clinicverify.search.LocalElasticsearchNode;
import org.clinicverify.testsupport.TestElasticsearch;
import org.clinicverify.testsupport.TestPostgres;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Not a test: prints crawl throughput on a generated local web of many hosts.
 *
 * <ol>
 *   <li>paced: pages/s with a per-host delay against the politeness ceiling (hosts / delay), which is
 *       what the crawler can reach at best without hammering any host;</li>
 *   <li>unpaced, crawl alone: pages/s of fetch, robots, frontier, page store and link extraction
 *       against bare Jsoup parsing of the same pages (warmed up, one thread), on the small 4 KB pages
 *       and on realistic pages (12-160 KB, median about 50 KB: scripts, styles, long navigation);</li>
 *   <li>with {@code --pipeline}, on the first {@code pipeline-hosts} hosts and PostgreSQL, each against
 *       the same bare parse: the issue's definition (fetch, parse, extract, store: every page extracted
 *       as the crawl stores it), then the whole pipeline (crawl + extract + score + directory + index).
 *       Each first crawls 50 other hosts unmeasured through the same sink (JIT warm-up). The whole
 *       pipeline starts its own Elasticsearch node, so both are off by default.</li>
 * </ol>
 * The machine's load average is printed first: the machines are shared, read the ratios. An
 * unmeasured crawl of as many hosts, two pages each, runs first, so the JIT has compiled the crawl's paths
 * (the Jsoup baseline is warmed up the same way).
 *
 * <p>The web and the crawl are public so {@code org.clinicverify.bench.BenchMain} (bench/run) reuses them.
 *
 * <p>Run: {@code mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt &&
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.clinicverify.crawl.bench.CrawlBenchmark
 * [--hosts=200] [--pages=10] [--delay-ms=500] [--workers=32] [--db=h2|postgres] [--paced-only] [--paced-runs=1] [--pipeline] [--pipeline-hosts=50] [--pipeline-only]}
 *
 * <p>{@code --paced-runs=N} repeats the paced crawl N times (each on a fresh web and database) and prints
 * each run: the first is the headline figure; the later ones show how much of its shortfall is the JIT
 * still compiling the crawl's paths (printed as the compiler threads' CPU).
 */
public final class CrawlBenchmark {

    /** What the generated pages look like. */
    public enum PageShape {
        /** About 4 KB: a title, a navigation bar and twenty short paragraphs. */
        SMALL,
        /** 12-160 KB (median about 50 KB): head with inline script and style, long navigation, text. */
        REALISTIC
    }

    /**
     * Hosts crawled unmeasured through the pipeline before each pipeline line: as many as the default
     * measured run, since with 8 the extraction and scoring code was still partly interpreted while
     * measured (CPU per page of the issue's line 29.9 ms after 8 warm-up hosts, 12.2 ms after 50).
     */
    private static final int PIPELINE_WARM_UP_HOSTS = 50;

    private CrawlBenchmark() {
    }

    /** {@code --name=value} and {@code --flag} (value "true") arguments by name. */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        return options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int hosts = Integer.parseInt(options.getOrDefault("hosts", "200"));
        int pages = Integer.parseInt(options.getOrDefault("pages", "10"));
        int delayMs = Integer.parseInt(options.getOrDefault("delay-ms", "500"));
        int workers = Integer.parseInt(options.getOrDefault("workers", "32"));
        boolean postgres = options.getOrDefault("db", "h2").equals("postgres");
        System.out.printf("load average %s at start; %d cores; Java %s; database %s%n",
                Files.readString(Path.of("/proc/loadavg")).trim(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), postgres ? "PostgreSQL" : "H2 (PostgreSQL mode, in memory)");

        // A crawl in a production process runs warm: one short unmeasured crawl first lets the JIT
        // compile the fetch, parse and database paths, as the Jsoup baseline is warmed up too. It has
        // as many hosts as the measured crawl, two pages each, so a host's first turn (robots.txt, a
        // new connection, queuing the first page's links) is compiled too: with a tenth of the hosts
        // that path ran 20 times, still interpreted, and cost about twice its warm CPU in the start-up.
        Web warmUp = startWeb(hosts, 1, PageShape.SMALL);
        try {
            crawlFresh(warmUp.seeds(), 0, workers, postgres);
        } finally {
            warmUp.stop();
        }
        // --pipeline-only: just the two pipeline lines (after the warm-up), to compare pipeline changes quickly.
        boolean pipelineOnly = options.containsKey("pipeline-only");
        if (!pipelineOnly) {
            Web small = startWeb(hosts, pages, PageShape.SMALL);
            try {
                crawlAlone(small, hosts, pages, delayMs, workers, postgres, options.containsKey("paced-only"),
                        Integer.parseInt(options.getOrDefault("paced-runs", "1")));
            } finally {
                small.stop();
            }
        }
        Web realistic = startWeb(hosts, pages, PageShape.REALISTIC);
        try {
            if (!pipelineOnly) {
                Result unpaced = crawlFresh(realistic.seeds(), 0, workers, postgres);
                printUnpaced("unpaced, crawl alone, realistic pages", unpaced);
            }
            if (pipelineOnly || options.containsKey("pipeline")) {
                int pipelineHosts = Integer.parseInt(options.getOrDefault("pipeline-hosts", "50"));
                List<String> pipelineSeeds = realistic.seeds().subList(0, Math.min(hosts, pipelineHosts));
                // Other hosts, crawled unmeasured through the same sink first: the JIT compiles extraction
                // and scoring as it compiled the crawl (and the Jsoup baseline) before they are measured.
                Web warmUpSites = startWeb(PIPELINE_WARM_UP_HOSTS, pages, PageShape.REALISTIC);
                try {
                    Result extracted = extractedCrawl(warmUpSites.seeds(), pipelineSeeds, workers);
                    printUnpaced("unpaced, fetch + parse + extract + store (issue 3's definition: each page extracted as"
                            + " the crawl stores it; no scoring, directory or index; PostgreSQL), realistic pages", extracted);
                    Result whole = wholePipeline(warmUpSites.seeds(), pipelineSeeds, workers);
                    printUnpaced("unpaced, whole pipeline (crawl + extract + score + directory + index; PostgreSQL),"
                            + " realistic pages", whole);
                } finally {
                    warmUpSites.stop();
                }
            }
        } finally {
            realistic.stop();
        }
        System.out.printf("load average %s at end%n", Files.readString(Path.of("/proc/loadavg")).trim());
        System.exit(0);
    }

    /** The paced crawl and the unpaced crawl alone on the small pages. */
    private static void crawlAlone(Web small, int hosts, int pages, int delayMs, int workers, boolean postgres,
                                   boolean pacedOnly, int pacedRuns)
            throws IOException {
        printPaced(crawlFresh(small.seeds(), delayMs, workers, postgres), hosts, pages, delayMs, workers);
        for (int run = 2; run <= pacedRuns; run++) {
            Web again = startWeb(hosts, pages, PageShape.SMALL);
            try {
                System.out.printf("paced run %d (same JVM, fresh web and database):%n", run);
                printPaced(crawlFresh(again.seeds(), delayMs, workers, postgres), hosts, pages, delayMs, workers);
            } finally {
                again.stop();
            }
        }
        if (pacedOnly) {
            System.out.printf("load average %s at end%n", Files.readString(Path.of("/proc/loadavg")).trim());
            System.exit(0);
        }
        Result unpaced = crawlFresh(small.seeds(), 0, workers, postgres);
        printUnpaced("unpaced, crawl alone, 4 KB pages", unpaced);
    }

    private static void printPaced(Result paced, int hosts, int pages, int delayMs, int workers) {
        // The ceiling is exact for this web: a host's robots.txt and its pages + 1 pages are pages + 2
        // requests, pages + 1 delays apart (robots.txt is a request like any other), so a crawler that
        // starts every host at once and never runs late needs (pages + 1) * delay for (pages + 1) pages
        // per host: hosts / delay pages per second. The clock runs from the start of Crawler.run
        // (seeding included) to the end of the run (workers stopped, connections closed).
        double ceiling = hosts * 1000.0 / delayMs;
        System.out.printf("paced (%d hosts x %d pages, delay %d ms, %d workers): %.1f pages/s;"
                        + " politeness ceiling %.1f pages/s; ratio %.3f%n", hosts, pages + 1, delayMs, workers,
                paced.pagesPerSecond(), ceiling, paced.pagesPerSecond() / ceiling);
        System.out.println("  paced pages per second of the crawl: " + perSecond(paced));
        System.out.println("  paced first page of each host (ms since start): " + firstPages(paced));
        System.out.printf("  JIT compiler threads' CPU during the paced crawl: %d ms (code still being compiled"
                + " competes with the crawl for the cores)%n", paced.jitMs());
    }

    /** When the hosts got their first page: the start-up spread that the paced ratio loses to. */
    private static String firstPages(Result result) {
        Map<String, Long> first = new HashMap<>();
        for (int i = 0; i < result.pages().size(); i++) {
            first.merge(result.pages().get(i).host(), result.fetchedAtMs().get(i), Math::min);
        }
        long[] sorted = first.values().stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return "none";
        }
        return String.format("first %d, median %d, 90%% %d, last %d", sorted[0], sorted[sorted.length / 2],
                sorted[sorted.length * 9 / 10], sorted[sorted.length - 1]);
    }

    /** Pages stored in each second since the crawl started (where the crawl waits shows as dips). */
    private static List<Long> perSecond(Result result) {
        long last = result.fetchedAtMs().stream().mapToLong(Long::longValue).max().orElse(0);
        long[] counts = new long[(int) (last / 1000) + 1];
        result.fetchedAtMs().forEach(ms -> counts[(int) (ms / 1000)]++);
        return java.util.Arrays.stream(counts).boxed().toList();
    }

    private static void printUnpaced(String label, Result result) {
        double jsoup = jsoupPagesPerSecond(result.pages());
        double jsoupCpu = jsoupCpuMsPerPage(result.pages());
        long bytes = result.pages().stream().mapToLong(page -> page.body().length).sum();
        System.out.printf("%s (%d pages, %.0f KB average): %.1f pages/s; bare Jsoup parse %.1f pages/s; ratio %.4f%n",
                label, result.pages().size(), bytes / 1024.0 / Math.max(1, result.pages().size()),
                result.pagesPerSecond(), jsoup, result.pagesPerSecond() / jsoup);
        System.out.printf("  CPU per page (this JVM's CPU during the crawl incl. GC and JIT, minus the local web servers'"
                        + " threads; PostgreSQL and Elasticsearch not counted): %.2f ms; bare Jsoup parse %.2f ms"
                        + " (thread CPU); ratio %.4f%n",
                result.cpuMsPerPage(), jsoupCpu, jsoupCpu / result.cpuMsPerPage());
    }

    /** Thread CPU time of a bare {@code Jsoup.parse} per page, after one warm-up pass: steadier than wall time. */
    private static double jsoupCpuMsPerPage(List<StoredPage> pages) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (StoredPage page : pages) {
            Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8), page.finalUrl().toString());
        }
        long start = threads.getCurrentThreadCpuTime();
        for (StoredPage page : pages) {
            Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8), page.finalUrl().toString());
        }
        return (threads.getCurrentThreadCpuTime() - start) / 1e6 / Math.max(1, pages.size());
    }

    /**
     * Threads of the local web: the handlers ({@code bench-web}) and what the JDK's HTTP server runs
     * besides them for every host (the selector thread that accepts connections and hands requests to
     * the handlers). The dispatchers used about 0.25 ms of CPU per 4 KB page,
     * which the crawl's figure counted until they were listed here.
     */
    private static final java.util.Set<String> WEB_THREADS = java.util.Set.of("bench-web", "HTTP-Dispatcher");

    /**
     * CPU the process used so far, minus what the threads serving the local web used (they live until
     * the web is stopped, after the crawl): the machine is shared, so CPU time per page moves less
     * with other processes' load than pages per second do.
     */
    private static long cpuNanosBesidesTheWeb() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long web = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (WEB_THREADS.contains(thread.getName())) {
                web += Math.max(0, threads.getThreadCpuTime(thread.getId()));
            }
        }
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() - web;
    }

    /**
     * CPU time of the JVM's JIT compiler threads so far, from {@code /proc/self/task} (Linux; 0 elsewhere):
     * they are not Java threads, so the thread MXBean does not see them.
     */
    private static long compilerCpuMs() {
        long ticks = 0;
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.contains("CompilerThre")) {
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended between the listing and the read: its time is gone either way
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks * 10; // USER_HZ is 100 on Linux
    }

    /** Bare {@code Jsoup.parse} of the pages in one thread, after one warm-up pass. */
    public static double jsoupPagesPerSecond(List<StoredPage> pages) {
        for (StoredPage page : pages) {
            Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8), page.finalUrl().toString());
        }
        long start = System.nanoTime();
        for (StoredPage page : pages) {
            Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8), page.finalUrl().toString());
        }
        return pages.size() / Math.max(1e-9, (System.nanoTime() - start) / 1e9);
    }

    /**
     * One crawl's figures.
     *
     * @param pagesPerSecond responses per second over the crawl's elapsed time
     * @param pages          the stored pages, in fetch order
     * @param fetchedAtMs    when each page reached the sink, in milliseconds since the crawl started
     * @param cpuMsPerPage   process CPU (GC and JIT included, the local web's threads excluded) per response
     * @param jitMs          CPU the JIT compiler threads used during the crawl, in milliseconds
     */
    public record Result(double pagesPerSecond, List<StoredPage> pages, List<Long> fetchedAtMs, double cpuMsPerPage,
                         long jitMs) {
    }

    /** A crawl in a fresh database (and application context) of its own. */
    private static Result crawlFresh(List<String> seeds, int delayMs, int workers, boolean postgres) throws IOException {
        Map<String, Object> properties = new HashMap<>();
        if (postgres) {
            properties.put("datasources.default.url", TestPostgres.freshDatabase("crawlbench"));
            properties.put("datasources.default.username", TestPostgres.user());
            properties.put("datasources.default.password", "");
        } else {
            properties.put("datasources.default.url", "jdbc:h2:mem:" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
        properties.put("clinicverify.crawl.background", false);
        properties.put("clinicverify.data-dir", Path.of("target", "crawl-bench", UUID.randomUUID().toString()).toString());
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            return crawl(context, seeds, delayMs, workers, PageSink.NONE);
        }
    }

    /**
     * The issue's own definition: fetch, parse, extract, store. The crawl (fetch, robots, frontier, page
     * store, link extraction) on PostgreSQL as in {@link #wholePipeline}, with each stored page handed to
     * {@link Extractor#extract} on the crawl's worker thread; nothing is scored, written to the directory
     * or indexed.
     */
    private static Result extractedCrawl(List<String> warmUpSeeds, List<String> seeds, int workers) throws IOException {
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", TestPostgres.freshDatabase("crawlbench"));
        properties.put("datasources.default.username", TestPostgres.user());
        properties.put("datasources.default.password", "");
        properties.put("clinicverify.crawl.background", false);
        properties.put("clinicverify.data-dir", Path.of("target", "crawl-bench", UUID.randomUUID().toString()).toString());
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            Extractor extractor = context.getBean(Extractor.class);
            PageSink extract = new PageSink() {
                @Override
                public void pageFetched(StoredPage page, Document document) {
                    extractor.extract(page.toFetchedPage(), document);
                }

                @Override
                public void siteFinished(String host) {
                }
            };
            crawl(context, warmUpSeeds, 0, workers, extract);
            return crawl(context, seeds, 0, workers, extract);
        }
    }

    /** The whole pipeline as the sink, on PostgreSQL and an Elasticsearch node of its own. */
    private static Result wholePipeline(List<String> warmUpSeeds, List<String> seeds, int workers) throws IOException {
        LocalElasticsearchNode node = LocalElasticsearchNode.start(TestElasticsearch.settings(),
                Path.of("target", "crawl-bench-elasticsearch"));
        try {
            Map<String, Object> properties = new HashMap<>();
            properties.put("datasources.default.url", TestPostgres.freshDatabase("crawlbench"));
            properties.put("datasources.default.username", TestPostgres.user());
            properties.put("datasources.default.password", "");
            properties.put("clinicverify.elasticsearch.url", node.url().toString());
            properties.put("clinicverify.elasticsearch.alias", "clinics_crawlbench");
            properties.put("clinicverify.crawl.background", false);
            properties.put("clinicverify.search.catch-up.interval", "24h");
            properties.put("clinicverify.data-dir", Path.of("target", "crawl-bench", UUID.randomUUID().toString()).toString());
            try (ApplicationContext context = ApplicationContext.run(properties)) {
                crawl(context, warmUpSeeds, 0, workers, context.getBean(Pipeline.class));
                return crawl(context, seeds, 0, workers, context.getBean(Pipeline.class));
            }
        } finally {
            node.close();
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
            long cpuAtStart = cpuNanosBesidesTheWeb();
            long jitAtStart = compilerCpuMs();
            CrawlReport report = runner.crawl(config, new PageSink() {
                @Override
                public void pageFetched(StoredPage page, Document document) {
                    synchronized (pages) { // one lock for both lists keeps their indexes paired
                        times.add((System.nanoTime() - started) / 1_000_000);
                        pages.add(page);
                    }
                    downstream.pageFetched(page, document);
                }

                @Override
                public void siteFinished(String host) {
                    downstream.siteFinished(host);
                }
            }, CrawlProgress.Listener.NONE);
            double cpuMs = (cpuNanosBesidesTheWeb() - cpuAtStart) / 1e6;
            long jitMs = compilerCpuMs() - jitAtStart;
            double seconds = Math.max(0.001, report.elapsed().toMillis() / 1000.0);
            return new Result(report.fetched() / seconds, List.copyOf(pages), List.copyOf(times),
                    cpuMs / Math.max(1, report.fetched()), jitMs);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Running loopback servers, one per host; {@link #stop} also ends their threads. */
    public record Web(List<HttpServer> servers, List<ExecutorService> executors) {

        public List<String> seeds() {
            return servers.stream().map(s -> "http://127.0.0.1:" + s.getAddress().getPort() + "/").toList();
        }

        public void stop() {
            servers.forEach(server -> server.stop(0));
            executors.forEach(ExecutorService::shutdownNow);
        }
    }

    /** Starts {@code hosts} loopback web servers of {@code pages} + 1 clinic-like 4 KB pages each. */
    public static List<HttpServer> startWeb(int hosts, int pages) throws IOException {
        return startWeb(hosts, pages, PageShape.SMALL).servers();
    }

    /** Starts {@code hosts} loopback web servers of {@code pages} + 1 pages of the given shape each. */
    public static Web startWeb(int hosts, int pages, PageShape shape) throws IOException {
        List<HttpServer> servers = new ArrayList<>();
        List<ExecutorService> executors = new ArrayList<>();
        for (int h = 0; h < hosts; h++) {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
                Thread thread = new Thread(runnable, "bench-web");
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(executor);
            int host = h;
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                String body = path.equals("/robots.txt") ? "User-agent: *\nAllow: /\n"
                        : shape == PageShape.SMALL ? page(host, path, pages) : realisticPage(host, path, pages);
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", path.endsWith(".txt") ? "text/plain" : "text/html");
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            server.start();
            servers.add(server);
            executors.add(executor);
        }
        return new Web(servers, executors);
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

    private static final String[] WORDS = ("ketamine infusion therapy depression anxiety PTSD clinic patients"
            + " treatment board-certified psychiatrist anesthesiologist esketamine Spravato REMS insurance consultation"
            + " appointment evaluation licensed monitoring recovery session nasal spray outcomes research safety"
            + " the a of and to in for with our your we is are be on at by from").split(" ");

    /**
     * A page shaped like a real clinic site's: a head with meta tags, an inline style sheet and script,
     * a long navigation (with "#" fragment links, as real menus have), several sections of text, a
     * footer with outside links. Sizes follow a log-normal law with median 50 KB, kept within
     * 12-160 KB; the same host and path always give the same page.
     */
    private static String realisticPage(int host, String path, int pages) {
        Random random = new Random(host * 31L + path.hashCode());
        int target = (int) Math.max(12 * 1024, Math.min(160 * 1024, Math.exp(Math.log(50 * 1024) + 0.6 * random.nextGaussian())));
        StringBuilder html = new StringBuilder(target + 4096);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Clinic ").append(host)
                .append(" | ").append(path).append("</title><meta name=\"viewport\" content=\"width=device-width\">")
                .append("<meta name=\"description\" content=\"Ketamine and esketamine treatment in our clinic\">")
                .append("<link rel=\"stylesheet\" href=\"/assets/site.css\"><style>");
        for (int i = 0; i < 40; i++) {
            html.append(".c").append(i).append("{margin:0 ").append(i).append("px;padding:4px;color:#333;font-size:1rem}");
        }
        html.append("</style><script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}");
        for (int i = 0; i < 30; i++) {
            html.append("var cfg").append(i).append("={id:").append(i).append(",label:'menu item ").append(i).append("'};");
        }
        html.append("</script></head><body><header class=\"c1\"><a href=\"#main\">Skip to content</a><nav><ul>");
        for (int p = 1; p <= pages; p++) {
            html.append("<li class=\"c2\"><a href=\"/p").append(p).append(".html\">Page ").append(p).append("</a>")
                    .append("<ul><li><a href=\"/p").append(p).append(".html#overview\">Overview</a></li>")
                    .append("<li><a href=\"/p").append(p).append(".html#faq\">FAQ</a></li></ul></li>");
        }
        html.append("</ul></nav></header><main id=\"main\">");
        int section = 0;
        while (html.length() < target - 1024) {
            html.append("<section class=\"c").append(section % 40).append("\"><h2>Section ").append(section).append("</h2>");
            for (int paragraph = 0; paragraph < 4; paragraph++) {
                html.append("<p>");
                for (int word = 0; word < 60; word++) {
                    html.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                html.append("<a href=\"/p").append(1 + random.nextInt(Math.max(1, pages))).append(".html\">read more</a></p>");
            }
            html.append("</section>");
            section++;
        }
        html.append("</main><footer><a href=\"https://www.example.org/\">Partner</a>")
                .append("<a href=\"https://www.facebook.com/clinic").append(host).append("\">Facebook</a>")
                .append("<p>&copy; Clinic ").append(host).append("</p></footer></body></html>");
        return html.toString();
    }
}
