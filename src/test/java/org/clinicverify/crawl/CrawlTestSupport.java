package org.clinicverify.crawl;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

/** Databases and crawl configurations for crawler tests (no Elasticsearch: the crawl never needs it). */
final class CrawlTestSupport {

    private CrawlTestSupport() {
    }

    static Map<String, String> h2() {
        Map<String, String> properties = new HashMap<>();
        properties.put("datasources.default.url", "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        properties.put("datasources.default.username", "sa");
        properties.put("datasources.default.password", "");
        properties.put("clinicverify.data-dir", Path.of("target", "test-data", UUID.randomUUID().toString()).toString());
        return properties;
    }

    static void clear(DataSource dataSource) throws SQLException {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM crawl_url");
            statement.execute("DELETE FROM crawl_host");
            statement.execute("DELETE FROM crawl_page");
        }
    }

    /** A crawl configuration for a local test web: loopback allowed, short delays. */
    static CrawlConfig config(String extraYaml, String... seeds) {
        StringBuilder yaml = new StringBuilder("name: test\nuser-agent: clinic-verify-bot/test\n");
        yaml.append("seeds:\n");
        for (String seed : seeds) {
            yaml.append("  - ").append(seed).append('\n');
        }
        if (!extraYaml.contains("allow-loopback")) {
            yaml.append("allow-loopback: true\n");
        }
        if (!extraYaml.contains("politeness")) {
            yaml.append("politeness:\n  delay: 50ms\n");
        }
        if (!extraYaml.contains("max-wait")) {
            yaml.append("max-wait: 5s\n");
        }
        yaml.append("workers: 4\nlease: 40s\n");
        yaml.append(extraYaml);
        return new CrawlConfigLoader().parse(Path.of("test.yml"), yaml.toString());
    }
}
