package org.clinicverify.search;

import java.util.LinkedHashMap;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;

/** Reports Elasticsearch as its own component of {@code /health}, beside the database. */
@Singleton
final class ElasticsearchHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final ElasticsearchClient client;
    private final ElasticsearchEndpoint endpoint;

    ElasticsearchHealthIndicator(ElasticsearchClient client, ElasticsearchEndpoint endpoint) {
        this.client = client;
        this.endpoint = endpoint;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("url", endpoint.url().toString());
        details.put("provisioned", endpoint.localNode().isPresent());
        try {
            HealthResponse health = client.cluster().health();
            details.put("cluster", health.clusterName());
            details.put("status", health.status().jsonValue());
            healthStatus = health.status() == HealthStatus.Red
                    ? io.micronaut.health.HealthStatus.DOWN : io.micronaut.health.HealthStatus.UP;
        } catch (Exception e) {
            details.put("error", e.getMessage());
            healthStatus = io.micronaut.health.HealthStatus.DOWN;
        }
        return details;
    }

    @Override
    protected String getName() {
        return "elasticsearch";
    }
}
