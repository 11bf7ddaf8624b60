package org.clinicverify.testsupport;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Property sets that point an application context at the real test services. */
public final class TestApp {

    private TestApp() {
    }

    /** An alias of its own, so tests sharing the Elasticsearch node never see each other's documents. */
    public static String uniqueAlias() {
        return "clinics_t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A private in-memory H2 database (PostgreSQL mode, as in production) and the shared test node. */
    public static Map<String, Object> withH2() {
        Map<String, Object> properties = elasticsearch();
        properties.put("datasources.default.url", "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        properties.put("datasources.default.username", "sa");
        properties.put("datasources.default.password", "");
        return properties;
    }

    /** A fresh database on the real PostgreSQL and the shared test node. */
    public static Map<String, Object> withPostgres(String purpose) {
        Map<String, Object> properties = elasticsearch();
        properties.put("datasources.default.url", TestPostgres.freshDatabase(purpose));
        properties.put("datasources.default.username", TestPostgres.user());
        properties.put("datasources.default.password", "");
        return properties;
    }

    /** TestPropertyProvider wants strings. */
    public static Map<String, String> asStrings(Map<String, Object> properties) {
        Map<String, String> strings = new HashMap<>();
        properties.forEach((key, value) -> strings.put(key, String.valueOf(value)));
        return strings;
    }

    private static Map<String, Object> elasticsearch() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("clinicverify.elasticsearch.url", TestElasticsearch.url());
        properties.put("clinicverify.elasticsearch.alias", uniqueAlias());
        // A free port per test server: application.yml's fixed 8080 clashes with other builds on the machine.
        properties.put("micronaut.server.port", -1);
        // Many tests index documents that have no database row: the running service's catch-up would
        // "repair" their index by rebuilding it from the database in the middle of the test.
        properties.put("clinicverify.search.catch-up.interval", "24h");
        properties.put("clinicverify.data-dir", Path.of("target", "test-data", UUID.randomUUID().toString()).toString());
        return properties;
    }
}
