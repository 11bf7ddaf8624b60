package org.clinicverify.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clinicverify.search.LocalElasticsearchNode;
import org.clinicverify.testsupport.TestElasticsearch;
import org.clinicverify.testsupport.TestPostgres;

/**
 * The slow fault drills of bench/drills (the fast ones are JUnit tests), each against the real service
 * in a child JVM on the real PostgreSQL and a real Elasticsearch node:
 * <ol>
 *   <li>elasticsearch-outage: the node is stopped while the service's demo crawl runs; listings go on
 *   into the database, search answers 503 with a message, and after the node is back the catch-up
 *   (search.IndexCatchUp) makes the index count equal the database's;</li>
 *   <li>postgres-restart: PostgreSQL is restarted while writes (checks of unknown sites, each a queued
 *   assessment row) keep coming; the service reconnects and every acknowledged write is in the
 *   database.</li>
 * </ol>
 * Prints one {@code DRILL} line per drill; exits 1 if anything was lost.
 */
public final class DrillMain {

    private static final Pattern COUNT = Pattern.compile("\"count\"\\s*:\\s*(\\d+)");

    private DrillMain() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of("target", "drills");
        Files.createDirectories(work);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long lost = 0;
        LocalElasticsearchNode node = LocalElasticsearchNode.start(TestElasticsearch.settings(), work.resolve("es"));
        try (TcpProxy proxy = new TcpProxy(node.url().getPort())) {
            String elasticsearch = "http://127.0.0.1:" + proxy.port();
            List<String> only = List.of(args);
            if (only.isEmpty() || only.contains("elasticsearch-outage")) {
                ElasticsearchDrill drill = elasticsearchOutage(http, elasticsearch, node, proxy, work);
                node = drill.node();
                lost += drill.lost();
            }
            if (only.isEmpty() || only.contains("postgres-restart")) {
                lost += postgresRestart(http, elasticsearch, work);
            }
        } finally {
            node.close();
        }
        System.exit(lost == 0 ? 0 : 1);
    }

    private record ElasticsearchDrill(LocalElasticsearchNode node, long lost) {
    }

    private static ElasticsearchDrill elasticsearchOutage(HttpClient http, String elasticsearch, LocalElasticsearchNode node,
                                                          TcpProxy proxy, Path work) throws Exception {
        String alias = "clinics_drill" + UUID.randomUUID().toString().substring(0, 6);
        String database = TestPostgres.freshDatabase("drill_es");
        Map<String, Object> properties = service(database, elasticsearch, alias, work);
        properties.put("clinicverify.crawl.background", true);
        Path log = work.resolve("service-elasticsearch-outage.log");
        Files.deleteIfExists(log);
        LocalElasticsearchNode restarted;
        long listings;
        long indexed;
        String searchAnswer;
        long seconds;
        try (ServiceProcess service = ServiceProcess.start(properties, log)) {
            node.close();
            searchAnswer = awaitSearchStatus(http, service.uri(), 503, Duration.ofSeconds(60));
            awaitLog(log, "Background crawl of", "done", Duration.ofMinutes(4));
            listings = count(database, "listing");
            long back = System.nanoTime();
            restarted = LocalElasticsearchNode.start(TestElasticsearch.settings(), work.resolve("es"));
            proxy.retarget(restarted.url().getPort());
            indexed = awaitIndexCount(http, elasticsearch, alias, listings, Duration.ofSeconds(90));
            seconds = (System.nanoTime() - back) / 1_000_000_000L;
            awaitSearchStatus(http, service.uri(), 200, Duration.ofSeconds(30));
        }
        long lost = Math.max(0, listings - indexed) + (listings == 0 ? 1 : 0);
        System.out.printf("DRILL elasticsearch-outage: Elasticsearch stopped during the demo crawl; %d listings written "
                        + "to PostgreSQL meanwhile; search answered %s; node restarted, catch-up brought the index to %d "
                        + "of %d documents within %d s (search 200 again); lost %d%n",
                listings, searchAnswer, indexed, listings, seconds, lost);
        return new ElasticsearchDrill(restarted, lost);
    }

    private static long postgresRestart(HttpClient http, String elasticsearch, Path work) throws Exception {
        String database = TestPostgres.freshDatabase("drill_pg");
        Map<String, Object> properties = service(database, elasticsearch,
                "clinics_drill" + UUID.randomUUID().toString().substring(0, 6), work);
        Path log = work.resolve("service-postgres-restart.log");
        Files.deleteIfExists(log);
        Set<String> acknowledged = new HashSet<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        AtomicLong restartedAt = new AtomicLong();
        int acknowledgedAfterRestart = 0;
        int sent = 0;
        try (ServiceProcess service = ServiceProcess.start(properties, log)) {
            Thread restart = new Thread(() -> restartPostgres(restartedAt), "drill-pg-restart");
            long start = System.nanoTime();
            long end = start + Duration.ofSeconds(30).toNanos();
            boolean restartStarted = false;
            while (System.nanoTime() < end) {
                if (!restartStarted && System.nanoTime() - start > Duration.ofSeconds(6).toNanos()) {
                    restart.start();
                    restartStarted = true;
                }
                String host = "drill-" + sent++ + ".example";
                int status;
                String body = "";
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(service.uri()
                                    .resolve("/api/v1/verify?url=https://" + host + "/")).timeout(Duration.ofSeconds(20)).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
                    status = response.statusCode();
                    body = response.body();
                } catch (IOException e) {
                    status = 0;
                }
                statuses.merge(status, 1, Integer::sum);
                if (status == 200 && body.contains("\"queued\":true")) {
                    acknowledged.add(host);
                    if (restartedAt.get() != 0) {
                        acknowledgedAfterRestart++;
                    }
                }
                Thread.sleep(50);
            }
            restart.join();
        }
        Set<String> stored = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(database, TestPostgres.user(), "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT site_host FROM assessment_request")) {
            while (rows.next()) {
                stored.add(rows.getString(1));
            }
        }
        Set<String> missing = new HashSet<>(acknowledged);
        missing.removeAll(stored);
        long lost = missing.size() + (acknowledgedAfterRestart == 0 ? 1 : 0);
        System.out.printf("DRILL postgres-restart: %d writes sent over 30 s, PostgreSQL restarted at 6 s; answers %s; "
                        + "%d acknowledged, %d of them after the restart (reconnected: %s); lost %d%n",
                sent, statuses, acknowledged.size(), acknowledgedAfterRestart, acknowledgedAfterRestart > 0 ? "yes" : "NO",
                missing.size());
        return lost;
    }

    private static Map<String, Object> service(String database, String elasticsearch, String alias, Path work) throws IOException {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("datasources.default.url", database);
        properties.put("datasources.default.username", TestPostgres.user());
        properties.put("datasources.default.password", "");
        properties.put("clinicverify.elasticsearch.url", elasticsearch);
        properties.put("clinicverify.elasticsearch.alias", alias);
        properties.put("clinicverify.crawl.background", false);
        properties.put("clinicverify.crawl.demo-web-port", 0);
        properties.put("clinicverify.search.catch-up.interval", "5s");
        properties.put("clinicverify.web.verify-requests-per-minute", 10_000);
        properties.put("clinicverify.data-dir", work.resolve("data-" + UUID.randomUUID()).toString());
        properties.put("micronaut.server.port", BenchMain.freePort());
        BenchMain.unthrottled(properties);
        return properties;
    }

    private static void restartPostgres(AtomicLong restartedAt) {
        try {
            Process process = new ProcessBuilder("bash", "-c",
                    "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main restart").inheritIO().start();
            process.waitFor();
            restartedAt.set(System.nanoTime());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String awaitSearchStatus(HttpClient http, URI service, int expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "nothing";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(service.resolve("/api/v1/clinics?q=ketamine"))
                    .timeout(Duration.ofSeconds(40)).GET().build(), HttpResponse.BodyHandlers.ofString());
            last = response.statusCode() + " " + response.body().substring(0, Math.min(160, response.body().length()));
            if (response.statusCode() == expected) {
                return last;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("search never answered " + expected + " within " + timeout + "; last: " + last);
    }

    private static void awaitLog(Path log, String first, String second, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : Files.readAllLines(log)) {
                if (line.contains(first) && line.contains(second)) {
                    return;
                }
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("no log line with '" + first + "' and '" + second + "' within " + timeout + " in " + log);
    }

    private static long awaitIndexCount(HttpClient http, String elasticsearch, String alias, long expected, Duration timeout)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long count = -1;
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(elasticsearch + "/" + alias + "/_count"))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
                Matcher matcher = COUNT.matcher(response.body());
                if (response.statusCode() == 200 && matcher.find()) {
                    count = Long.parseLong(matcher.group(1));
                    if (count == expected) {
                        return count;
                    }
                }
            } catch (IOException e) {
                // node still starting
            }
            Thread.sleep(1000);
        }
        return Math.max(0, count);
    }

    private static long count(String database, String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database, TestPostgres.user(), "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
