package org.clinicverify.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.clinicverify.testsupport.TestApp;
import org.clinicverify.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two app instances (two application contexts, two embedded servers) on one real PostgreSQL
 * database, as behind a load balancer: they must enforce one shared limit. The stored keys are read
 * back with plain JDBC, outside the app.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedLimitPostgresTest {

    private EmbeddedServer first;
    private EmbeddedServer second;
    private String databaseUrl;

    @BeforeAll
    void startTwoInstances() {
        Map<String, Object> shared = TestApp.withPostgres("partner");
        shared.putAll(PartnerTestPlans.properties());
        shared.put("clinicverify.partner.plans.ten.rate-per-second", "0.001");
        shared.put("clinicverify.partner.plans.ten.burst", 10);
        shared.put("clinicverify.partner.plans.ten.daily-quota", 0);
        shared.put("micronaut.server.port", -1);
        databaseUrl = (String) shared.get("datasources.default.url");
        first = ApplicationContext.run(EmbeddedServer.class, instance(shared));
        second = ApplicationContext.run(EmbeddedServer.class, instance(shared));
    }

    private static Map<String, Object> instance(Map<String, Object> shared) {
        Map<String, Object> properties = new HashMap<>(shared);
        properties.put("clinicverify.data-dir", Path.of("target", "test-data", UUID.randomUUID().toString()).toString());
        return properties;
    }

    @AfterAll
    void stop() {
        if (first != null) {
            first.getApplicationContext().close();
        }
        if (second != null) {
            second.getApplicationContext().close();
        }
    }

    private String secretKey(String plan) {
        return first.getApplicationContext().getBean(ApiKeys.class)
                .create(new NewKey("two instances", KeyKind.SECRET, List.of(), Set.of(Scope.SEARCH), plan)).plainKey();
    }

    private static URI base(EmbeddedServer server) {
        return URI.create("http://127.0.0.1:" + server.getPort() + "/");
    }

    @Test
    void twoInstancesShareOneBurst() {
        String key = secretKey("tight");
        Calls a = new Calls(base(first));
        Calls b = new Calls(base(second));

        List<Integer> statuses = List.of(a.get("/api/v1/clinics", "X-Api-Key", key).statusCode(),
                b.get("/api/v1/clinics", "X-Api-Key", key).statusCode(),
                a.get("/api/v1/clinics", "X-Api-Key", key).statusCode(),
                b.get("/api/v1/clinics", "X-Api-Key", key).statusCode());

        assertEquals(List.of(200, 200, 200, 429), statuses);
    }

    @Test
    void concurrentCallsOnTwoInstancesGetExactlyTheBurst() throws InterruptedException, ExecutionException {
        String key = secretKey("ten");
        List<Calls> instances = List.of(new Calls(base(first)), new Calls(base(second)));
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Calls target = instances.get(i % 2);
            requests.add(() -> target.get("/api/v1/clinics", "X-Api-Key", key).statusCode());
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> status : pool.invokeAll(requests)) {
                statuses.add(status.get());
            }
        } finally {
            pool.shutdown();
        }

        assertEquals(Map.of(200, 10L, 429, 20L), statuses.stream()
                .collect(java.util.stream.Collectors.groupingBy(s -> s, java.util.stream.Collectors.counting())));
    }

    @Test
    void databaseNeverHoldsThePlainKey() throws SQLException {
        String key = secretKey("standard");
        String randomPart = key.substring("sk_live_".length());

        StringBuilder everything = new StringBuilder();
        try (Connection connection = DriverManager.getConnection(databaseUrl, TestPostgres.user(), "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM api_key")) {
            while (rows.next()) {
                for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                    everything.append(rows.getString(column)).append('|');
                }
            }
        }

        assertFalse(everything.toString().contains(randomPart), everything.toString());
    }

    @Test
    void storedHashIsTheSha256OfTheKey() throws SQLException {
        CreatedKey created = first.getApplicationContext().getBean(ApiKeys.class)
                .create(new NewKey("hash", KeyKind.SECRET, List.of(), Set.of(Scope.SEARCH), "standard"));

        String stored;
        try (Connection connection = DriverManager.getConnection(databaseUrl, TestPostgres.user(), "");
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT secret_hash FROM api_key WHERE id = " + created.key().id())) {
            row.next();
            stored = row.getString(1);
        }

        assertEquals(KeySecrets.hash(created.plainKey()), stored);
    }
}
