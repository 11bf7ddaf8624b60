package org.clinicverify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.clinicverify.testsupport.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HealthEndpointTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public @NonNull Map<String, String> getProperties() {
        return TestApp.asStrings(TestApp.withH2());
    }

    @Test
    @SuppressWarnings("unchecked")
    void healthReportsDatabaseAndElasticsearchSeparately() {
        Map<String, Object> health = http.toBlocking().retrieve("/health", Map.class);
        Map<String, Object> details = (Map<String, Object>) health.get("details");

        assertEquals("UP", health.get("status"));
        assertEquals("UP", ((Map<String, Object>) details.get("jdbc")).get("status"));
        Map<String, Object> elasticsearch = (Map<String, Object>) details.get("elasticsearch");
        assertEquals("UP", elasticsearch.get("status"));
        assertEquals("clinic-verify-local", ((Map<String, Object>) elasticsearch.get("details")).get("cluster"));
        // the tests turn the warm-up off (rounds: 0), so it is over at once
        assertEquals("UP", ((Map<String, Object>) details.get("search-warm-up")).get("status"));
    }

    @Test
    void prometheusMetricsAreExposed() {
        String metrics = http.toBlocking().retrieve("/prometheus");
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("jvm_memory_used_bytes"), metrics);
    }
}
