package org.clinicverify.search;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.clinicverify.DataDirectory;
import org.clinicverify.SettingException;
import org.elasticsearch.client.RestClient;

/** Builds the one Elasticsearch client of the app, provisioning a local node when no URL is set. */
@Factory
class ElasticsearchClientFactory {

    @Singleton
    @Bean(preDestroy = "close")
    ElasticsearchEndpoint endpoint(ElasticsearchSettings settings, LocalNodeSettings localSettings,
                                   DataDirectory dataDirectory) {
        if (settings.provisionLocalNode()) {
            LocalElasticsearchNode node = LocalElasticsearchNode.start(localSettings,
                    dataDirectory.resolve("elasticsearch"));
            return new ElasticsearchEndpoint(node.url(), node);
        }
        return new ElasticsearchEndpoint(parseUrl(settings.url()), null);
    }

    @Singleton
    @Bean(preDestroy = "close")
    ElasticsearchTransport transport(ElasticsearchEndpoint endpoint, ElasticsearchSettings settings) {
        URI url = endpoint.url();
        var builder = RestClient.builder(new HttpHost(url.getHost(), url.getPort(), url.getScheme()));
        if (settings.username() != null && !settings.username().isBlank()) {
            String credentials = settings.username() + ":" + (settings.password() == null ? "" : settings.password());
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))});
        }
        return new RestClientTransport(builder.build(), new JacksonJsonpMapper());
    }

    @Singleton
    ElasticsearchClient client(ElasticsearchTransport transport) {
        return new ElasticsearchClient(transport);
    }

    private static URI parseUrl(String raw) {
        try {
            URI url = URI.create(raw.trim());
            boolean http = "http".equals(url.getScheme()) || "https".equals(url.getScheme());
            if (!http || url.getHost() == null) {
                throw new IllegalArgumentException("expected http(s)://host:port");
            }
            if (url.getPort() == -1) {
                url = URI.create(url.getScheme() + "://" + url.getHost() + ":"
                        + ("https".equals(url.getScheme()) ? 443 : 9200));
            }
            return url;
        } catch (IllegalArgumentException e) {
            throw new SettingException("ELASTICSEARCH_URL (clinicverify.elasticsearch.url) = '" + raw
                    + "' is not a valid URL: " + e.getMessage(), e);
        }
    }
}
