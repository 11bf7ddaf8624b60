package org.clinicverify.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.clinicverify.bench.SearchMeasurements;
import org.clinicverify.directory.Listing;
import org.clinicverify.directory.ListingRepository;
import org.clinicverify.search.BenchmarkAccess;
import org.clinicverify.search.ClinicIndexAdmin;
import org.clinicverify.search.Listings;
import org.clinicverify.search.ReindexService;
import org.clinicverify.search.SearchDocuments;
import org.clinicverify.testsupport.TestApp;
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

        SearchMeasurements.ReindexFigures reindexed = SearchMeasurements.reindexAgainstRawBulk(repository, reindex, admin,
                client, documents);
        System.out.printf("BENCH reindex: %d docs in %d ms = %.0f docs/s; raw _bulk (same docs, 1000/request): %.0f docs/s%n",
                reindexed.documents(), reindexed.reindexMillis(), reindexed.reindexPerSecond(), reindexed.rawBulkPerSecond());

        int queries = 300;
        SearchMeasurements.Latencies latencies = SearchMeasurements.apiAgainstRawElasticsearch(
                uri -> http.toBlocking().retrieve(HttpRequest.GET(uri), String.class), client, admin, access, queries);
        System.out.printf("BENCH %d listings, %d queries: API p50 %.1f ms p99 %.1f ms; raw Elasticsearch p50 %.1f ms p99 %.1f ms; ratio p50 %.2f p99 %.2f%n",
                count, queries, latencies.apiMillis(50), latencies.apiMillis(99), latencies.rawMillis(50),
                latencies.rawMillis(99), latencies.apiMillis(50) / latencies.rawMillis(50),
                latencies.apiMillis(99) / latencies.rawMillis(99));
    }
}
