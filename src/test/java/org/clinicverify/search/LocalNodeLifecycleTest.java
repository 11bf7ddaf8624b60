package org.clinicverify.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import io.micronaut.context.ApplicationContext;
import org.clinicverify.testsupport.TestElasticsearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default: no ELASTICSEARCH_URL, so the app provisions its own node, and stops it (with
 * every process under it) when it stops. A second start reuses the data.
 */
class LocalNodeLifecycleTest {

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
    Path dataDir;

    @Test
    void appProvisionsANodeStopsItWithoutOrphansAndReusesItsData() throws Exception {
        // JUnit makes temp folders private; open it so an unprivileged node user (when we run as root) can reach it.
        java.nio.file.Files.setPosixFilePermissions(dataDir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        List<ProcessHandle> firstRun = new ArrayList<>();
        try (ApplicationContext app = start()) {
            ElasticsearchEndpoint endpoint = app.getBean(ElasticsearchEndpoint.class);
            LocalElasticsearchNode node = endpoint.localNode().orElseThrow();
            firstRun.add(node.process());
            firstRun.addAll(node.process().descendants().toList());
            assertTrue(firstRun.size() >= 2, "the launcher and the server JVM run: " + firstRun);
            // The data folder is reachable by any user, so the node's data lives under it.
            assertTrue(dataDir.resolve("elasticsearch").resolve("data").toFile().isDirectory(),
                    "node data under " + dataDir);

            ClinicIndexAdmin admin = app.getBean(ClinicIndexAdmin.class);
            admin.ensureReady();
            app.getBean(ElasticsearchClient.class).index(i -> i.index(admin.alias()).id("kept")
                    .document(Map.of("name", "Survives a restart")).refresh(Refresh.True));
        }

        for (ProcessHandle process : firstRun) {
            process.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertFalse(process.isAlive(), "still running after the app stopped: " + process.pid());
        }

        try (ApplicationContext app = start()) {
            ClinicIndexAdmin admin = app.getBean(ClinicIndexAdmin.class);
            admin.ensureReady();
            @SuppressWarnings("unchecked")
            Map<String, Object> kept = app.getBean(ElasticsearchClient.class)
                    .get(g -> g.index(admin.alias()).id("kept"), Map.class).source();
            assertEquals("Survives a restart", kept.get("name"));
        }
    }

    private ApplicationContext start() {
        LocalNodeSettings test = TestElasticsearch.settings();
        return ApplicationContext.run(Map.of(
                "clinicverify.data-dir", dataDir.toString(),
                "clinicverify.elasticsearch.url", "",
                "clinicverify.elasticsearch.local.distribution-zip", String.valueOf(test.distributionZip()),
                "clinicverify.elasticsearch.local.startup-timeout", Duration.ofMinutes(3).toSeconds() + "s",
                "datasources.default.url", "jdbc:h2:mem:lifecycle;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"));
    }
}
