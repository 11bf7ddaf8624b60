package org.clinicverify.crawl.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.micronaut.context.ApplicationContext;
import org.clinicverify.crawl.PageSink;
import org.clinicverify.testsupport.TestPostgres;

/**
 * Not a test: where the CPU of an unpaced crawl goes, by thread group. Crawls the benchmark's local
 * web (unmeasured once, then {@code runs} times measured, each a fresh crawl name in one database) and
 * prints, per measured run, the CPU per page of every group of this JVM's threads (names with their
 * numbers stripped: crawl workers, GC, JIT compilers, the local web's threads, ...) from
 * {@code /proc/self/task}, and of the PostgreSQL server's processes from {@code /proc} (the database
 * runs on the same cores).
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * org.clinicverify.crawl.bench.CrawlCpuBreakdown [--hosts=200] [--pages=10] [--runs=3] [--shape=small|realistic]
 * [--log-statements [--explain]]}
 */
public final class CrawlCpuBreakdown {

    private CrawlCpuBreakdown() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = CrawlBenchmark.options(args);
        int hosts = Integer.parseInt(options.getOrDefault("hosts", "200"));
        int pages = Integer.parseInt(options.getOrDefault("pages", "10"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "3"));
        int workers = Integer.parseInt(options.getOrDefault("workers", "32"));
        CrawlBenchmark.PageShape shape = options.getOrDefault("shape", "small").equals("realistic")
                ? CrawlBenchmark.PageShape.REALISTIC : CrawlBenchmark.PageShape.SMALL;
        Map<String, Object> properties = new HashMap<>();
        String database = TestPostgres.freshDatabase("crawlcpu");
        String databaseName = database.substring(database.lastIndexOf('/') + 1);
        properties.put("datasources.default.url", database);
        if (options.containsKey("log-statements")) {
            // Every statement of the crawl into the server's log (to count them; this costs the server CPU).
            try (java.sql.Connection connection = java.sql.DriverManager.getConnection(database, TestPostgres.user(), "");
                 java.sql.Statement statement = connection.createStatement()) {
                statement.execute("ALTER DATABASE " + databaseName + " SET log_statement = 'all'");
                if (options.containsKey("explain")) { // and the plan of each, with the rows it read
                    statement.execute("ALTER DATABASE " + databaseName + " SET session_preload_libraries = 'auto_explain'");
                    statement.execute("ALTER DATABASE " + databaseName + " SET auto_explain.log_min_duration = 0");
                    statement.execute("ALTER DATABASE " + databaseName + " SET auto_explain.log_analyze = on");
                    statement.execute("ALTER DATABASE " + databaseName + " SET auto_explain.log_timing = off");
                }
            }
            System.out.println("statements of database " + databaseName + " go to the server log");
        }
        properties.put("datasources.default.username", TestPostgres.user());
        properties.put("datasources.default.password", "");
        properties.put("clinicverify.crawl.background", false);
        properties.put("clinicverify.data-dir", Path.of("target", "crawl-bench", UUID.randomUUID().toString()).toString());
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            for (int run = 0; run <= runs; run++) {
                CrawlBenchmark.Web web = CrawlBenchmark.startWeb(hosts, pages, shape);
                try {
                    Map<String, Long> before = threadNanos();
                    long postgresBefore = postgresTicks(databaseName);
                    long[] statsBefore = databaseStats(database);
                    CrawlBenchmark.Result result = CrawlBenchmark.crawl(context, web.seeds(), 0, workers, PageSink.NONE);
                    Map<String, Long> after = threadNanos();
                    long postgres = postgresTicks(databaseName) - postgresBefore;
                    Thread.sleep(1500); // the server publishes its counters with a delay
                    long[] statsAfter = databaseStats(database);
                    int count = result.pages().size();
                    System.out.printf("%s run %d: %d pages, %.1f pages/s, CPU per page %.2f ms (JVM minus web),"
                                    + " load %s%n", run == 0 ? "warm-up" : "measured", run, count,
                            result.pagesPerSecond(), result.cpuMsPerPage(),
                            Files.readString(Path.of("/proc/loadavg")).trim());
                    if (run > 0) {
                        Map<String, Long> delta = new TreeMap<>();
                        after.forEach((group, ticks) -> delta.put(group, ticks - before.getOrDefault(group, 0L)));
                        delta.entrySet().stream().filter(e -> e.getValue() > 1_000_000)
                                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                                .forEach(e -> System.out.printf("   %-28s %6.2f ms/page%n", e.getKey(),
                                        e.getValue() / 1e6 / Math.max(1, count)));
                        System.out.printf("   %-28s %6.2f ms/page%n", "(postgres backends of the crawl)",
                                postgres * 10.0 / Math.max(1, count));
                        String[] names = {"commits", "rows returned", "rows fetched", "inserted", "updated"};
                        StringBuilder per = new StringBuilder("   database per page:");
                        for (int i = 0; i < names.length; i++) {
                            per.append(String.format(" %s %.2f;", names[i],
                                    (statsAfter[i] - statsBefore[i]) / (double) Math.max(1, count)));
                        }
                        System.out.println(per);
                        System.out.println("   tables so far (seq scans, rows they read, index scans, rows fetched): "
                                + tableStats(database));
                    }
                } finally {
                    web.stop();
                }
            }
        }
        System.exit(0);
    }

    /**
     * CPU nanoseconds of this JVM's threads, by name without digits, from {@code schedstat} (exact, where
     * {@code stat} counts 10 ms ticks and loses the many short-lived threads); under {@value #ENDED}, the
     * threads that ended (the crawl's workers end with the crawl): the process total minus the live ones.
     */
    private static Map<String, Long> threadNanos() throws IOException {
        Map<String, Long> nanos = new HashMap<>();
        long live = 0;
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String name = Files.readString(task.resolve("comm")).trim().replaceAll("[0-9]+", "#");
                    long cpu = Long.parseLong(Files.readString(task.resolve("schedstat")).trim().split(" ")[0]);
                    nanos.merge(name, cpu, Long::sum);
                    live += cpu;
                } catch (IOException | RuntimeException e) {
                    // ended between listing and reading
                }
            }
        }
        long total = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
        nanos.put(ENDED, total - live);
        return nanos;
    }

    private static final String ENDED = "(ended threads: crawl workers)";

    /** The server's counters for the database: commits, rows returned, fetched, inserted, updated. */
    private static long[] databaseStats(String url) throws java.sql.SQLException {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, TestPostgres.user(), "");
             java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery("SELECT xact_commit, tup_returned, tup_fetched,"
                     + " tup_inserted, tup_updated FROM pg_stat_database WHERE datname = current_database()")) {
            rows.next();
            return new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5)};
        }
    }

    private static String tableStats(String url) throws java.sql.SQLException {
        StringBuilder stats = new StringBuilder();
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, TestPostgres.user(), "");
             java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery("SELECT relname, seq_scan, seq_tup_read, idx_scan,"
                     + " idx_tup_fetch FROM pg_stat_user_tables WHERE relname LIKE 'crawl%' ORDER BY relname")) {
            while (rows.next()) {
                stats.append(String.format("%s %d/%d/%d/%d; ", rows.getString(1), rows.getLong(2), rows.getLong(3),
                        rows.getLong(4), rows.getLong(5)));
            }
        }
        return stats.toString();
    }

    /** utime + stime ticks of the PostgreSQL backends serving the database (their command line names it). */
    private static long postgresTicks(String database) throws IOException {
        long ticks = 0;
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.startsWith("postgres")
                            && Files.readString(process.resolve("cmdline")).contains(" " + database + " ")) {
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException | RuntimeException e) {
                    // ended between listing and reading
                }
            }
        }
        return ticks;
    }
}
