package org.clinicverify.search;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * How to reach Elasticsearch. With {@code url} blank (the embedded default) the app provisions a
 * local node itself, see {@link LocalNodeSettings}.
 *
 * @param url      cluster URL, from {@code ELASTICSEARCH_URL}; blank means "start a local node"
 * @param username optional basic-auth user ({@code ELASTICSEARCH_USERNAME})
 * @param password optional basic-auth password ({@code ELASTICSEARCH_PASSWORD})
 * @param alias    the alias searches go through; the versioned index behind it is swapped on reindex
 * @param replicas replicas per index: 0 on a single node, 1 or more on a real cluster
 */
@ConfigurationProperties("clinicverify.elasticsearch")
public record ElasticsearchSettings(@Nullable String url,
                                    @Nullable String username,
                                    @Nullable String password,
                                    @NotBlank String alias,
                                    @Min(0) int replicas) {

    boolean provisionLocalNode() {
        return url == null || url.isBlank();
    }
}
