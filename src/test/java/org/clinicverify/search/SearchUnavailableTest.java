package org.clinicverify.search;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;

/** With Elasticsearch down, a search fails with SearchUnavailableException (the API answers 503). */
class SearchUnavailableTest {

    @Test
    void searchAgainstAnUnreachableNodeReportsUnavailable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        RestClientTransport transport = new RestClientTransport(RestClient.builder(new HttpHost("127.0.0.1", port, "http")).build(),
                new JacksonJsonpMapper());
        ElasticsearchClient client = new ElasticsearchClient(transport);
        ElasticsearchSettings settings = new ElasticsearchSettings("http://127.0.0.1:" + port, null, null, "clinics_down", 0);
        ClinicIndexAdmin admin = new ClinicIndexAdmin(client, new ElasticsearchEndpoint(URI.create("http://127.0.0.1:" + port), null), settings);
        ClinicSearch search = new ClinicSearch(client, admin);
        ClinicQuery query = new ClinicQuery("ketamine", null, null, List.of(), List.of(), List.of(), false, false,
                ClinicQuery.SortOrder.RELEVANCE, 10, null);

        SearchUnavailableException e = assertThrows(SearchUnavailableException.class, () -> search.search(query));

        assertTrue(e.getMessage().startsWith("search is unavailable"), e.getMessage());
        transport.close();
    }
}
