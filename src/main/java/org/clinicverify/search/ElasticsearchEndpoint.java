package org.clinicverify.search;

import java.net.URI;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;

/**
 * Where Elasticsearch answers: the configured cluster, or the local node this app started (and
 * stops on close).
 */
public final class ElasticsearchEndpoint implements AutoCloseable {

    private final URI url;
    private final LocalElasticsearchNode localNode;

    ElasticsearchEndpoint(URI url, @Nullable LocalElasticsearchNode localNode) {
        this.url = url;
        this.localNode = localNode;
    }

    public URI url() {
        return url;
    }

    public Optional<LocalElasticsearchNode> localNode() {
        return Optional.ofNullable(localNode);
    }

    /** Names the setting behind this endpoint, for error messages. */
    String describe() {
        return localNode == null
                ? "the Elasticsearch cluster at " + url + " (clinicverify.elasticsearch.url, environment variable ELASTICSEARCH_URL)"
                : "the local Elasticsearch node at " + url;
    }

    @Override
    public void close() {
        if (localNode != null) {
            localNode.close();
        }
    }
}
