package org.clinicverify.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.clinicverify.directory.Listing;
import org.clinicverify.directory.ListingRepository;
import org.clinicverify.search.BenchmarkAccess;
import org.clinicverify.search.ClinicIndexAdmin;
import org.clinicverify.search.ClinicQuery;
import org.clinicverify.search.Coordinates;
import org.clinicverify.search.Listings;
import org.clinicverify.search.ReindexService;
import org.clinicverify.search.SearchDocument;
import org.clinicverify.search.SearchDocuments;
import org.clinicverify.testsupport.TestApp;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Issue 5's benchmark; prints figures, asserts nothing about time. Run with
 * {@code mvn -o test -Dtest=SearchBenchmark -DargLine=-Dclinicverify.benchmark.listings=100000}.
 * <ul>
 *   <li>API p50/p99 of {@code GET /api/v1/clinics} against the identical search body sent straight to
 *   Elasticsearch with the low-level REST client (sequential, after a warm-up);</li>
 *   <li>reindex (database pages -> new index -> alias swap) throughput against raw {@code _bulk} of the
 *   same documents.</li>
 * </ul>
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = "clinicverify.benchmark.listings", matches = "\\d+")
class SearchBenchmark implements TestPropertyProvider {

    static final String[] ZIPS = {"10001", "78701", "94103", "60601", "98101", "33101", "02108", "80202", "30303", "85004"};
    static final String[] SERVICES = {"iv-infusion", "spravato", "kap", "im-injection", "telehealth"};
    static final String[] CONDITIONS = {"depression", "ptsd", "anxiety", "chronic-pain", "ocd"};

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    ListingRepository repository;
    @Inject
    ReindexService reindex;
    @Inject
    ClinicIndexAdmin admin;
    @Inject
    ElasticsearchClient client;
    @Inject
    SearchDocuments documents;
    @Inject
    BenchmarkAccess access;
    @Inject
    JsonMapper json;

    @Override
    public @NonNull Map<String, String> getProperties() {
        return TestApp.asStrings(TestApp.withH2());
    }

    @Test
    void apiAgainstRawElasticsearchAndReindexAgainstRawBulk() throws IOException {
        int count = Integer.getInteger("clinicverify.benchmark.listings");
        Random random = new Random(42);
        List<Listing> batch = new ArrayList<>();
        long insertStart = System.nanoTime();
        for (int i = 0; i < count; i++) {
            double lat = 25 + random.nextDouble() * 23;
            double lon = -124 + random.nextDouble() * 57;
            batch.add(Listings.clinic("bench" + i + ".example", "Bench Ketamine Clinic " + i, lat, lon,
                    List.of(SERVICES[random.nextInt(SERVICES.length)]), List.of(CONDITIONS[random.nextInt(CONDITIONS.length)]),
                    List.of("cash"), 40 + random.nextInt(60), json));
            if (batch.size() == 1000) {
                repository.saveAll(batch);
                batch.clear();
            }
        }
        repository.saveAll(batch);
        System.out.printf("BENCH inserted %d listings into the database in %d ms%n", count, (System.nanoTime() - insertStart) / 1_000_000);

        ReindexService.Result result = reindex.reindex();
        double reindexRate = result.documents() / (result.took().toMillis() / 1000.0);

        List<SearchDocument> docs = new ArrayList<>();
        repository.findAll().forEach(l -> docs.add(documents.from(l)));
        String raw = admin.alias() + "_rawbulk";
        client.indices().create(c -> c.index(raw));
        long bulkStart = System.nanoTime();
        for (int from = 0; from < docs.size(); from += 1000) {
            List<BulkOperation> ops = new ArrayList<>();
            for (SearchDocument d : docs.subList(from, Math.min(docs.size(), from + 1000))) {
                ops.add(BulkOperation.of(o -> o.index(x -> x.index(raw).id(d.listingId()).document(d))));
            }
            BulkResponse response = client.bulk(b -> b.operations(ops));
            if (response.errors()) {
                throw new IllegalStateException("raw bulk failed");
            }
        }
        double bulkSeconds = (System.nanoTime() - bulkStart) / 1e9;
        client.indices().delete(d -> d.index(raw));
        System.out.printf("BENCH reindex: %d docs in %d ms = %.0f docs/s; raw _bulk (same docs, 1000/request): %.0f docs/s%n",
                result.documents(), result.took().toMillis(), reindexRate, docs.size() / bulkSeconds);

        RestClient lowLevel = ((RestClientTransport) client._transport()).restClient();
        int queries = 300;
        long[] api = new long[queries];
        long[] direct = new long[queries];
        for (int round = -50; round < queries; round++) {
            String zip = ZIPS[Math.floorMod(round, ZIPS.length)];
            String uri = "/api/v1/clinics?q=ketamine&near=" + zip + "&radius=100&size=20";
            long t0 = System.nanoTime();
            http.toBlocking().retrieve(HttpRequest.GET(uri), String.class);
            long t1 = System.nanoTime();
            Coordinates origin = access.locate(zip);
            ClinicQuery query = new ClinicQuery("ketamine", origin, 100.0, List.of(), List.of(), List.of(), false, false,
                    ClinicQuery.SortOrder.RELEVANCE, 20, null);
            String body = JsonpUtils.toJsonString(access.request(query), client._jsonpMapper());
            Request request = new Request("POST", "/" + admin.alias() + "/_search");
            request.setJsonEntity(body);
            long t2 = System.nanoTime();
            new String(lowLevel.performRequest(request).getEntity().getContent().readAllBytes(), StandardCharsets.UTF_8);
            long t3 = System.nanoTime();
            if (round >= 0) {
                api[round] = t1 - t0;
                direct[round] = t3 - t2;
            }
        }
        Arrays.sort(api);
        Arrays.sort(direct);
        System.out.printf("BENCH %d listings, %d queries: API p50 %.1f ms p99 %.1f ms; raw Elasticsearch p50 %.1f ms p99 %.1f ms; ratio p50 %.2f p99 %.2f%n",
                count, queries, api[queries / 2] / 1e6, api[queries * 99 / 100] / 1e6, direct[queries / 2] / 1e6,
                direct[queries * 99 / 100] / 1e6, (double) api[queries / 2] / direct[queries / 2],
                (double) api[queries * 99 / 100] / direct[queries * 99 / 100]);
    }
}
