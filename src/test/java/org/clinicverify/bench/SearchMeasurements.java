package org.clinicverify.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.clinicverify.directory.ListingRepository;
import org.clinicverify.search.BenchmarkAccess;
import org.clinicverify.search.ClinicIndexAdmin;
import org.clinicverify.search.ClinicQuery;
import org.clinicverify.search.Coordinates;
import org.clinicverify.search.ReindexService;
import org.clinicverify.search.SearchDocument;
import org.clinicverify.search.SearchDocuments;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;

/**
 * The search measurements shared by web.SearchBenchmark (issue 5) and {@link BenchMain} (bench/run):
 * reindex against raw {@code _bulk} of the same documents, and the public API against the identical
 * search body sent straight to Elasticsearch.
 */
public final class SearchMeasurements {

    public static final String[] ZIPS = {"10001", "78701", "94103", "60601", "98101", "33101", "02108", "80202", "30303", "85004"};

    private SearchMeasurements() {
    }

    /** Documents per second of a reindex and of raw bulk requests (1,000 documents each) of the same documents. */
    public record ReindexFigures(long documents, long reindexMillis, double reindexPerSecond, double rawBulkPerSecond) {
    }

    /** Sorted latencies in nanoseconds. */
    public record Latencies(long[] apiNanos, long[] rawNanos) {

        public double apiMillis(double percentile) {
            return at(apiNanos, percentile) / 1e6;
        }

        public double rawMillis(double percentile) {
            return at(rawNanos, percentile) / 1e6;
        }
    }

    public static ReindexFigures reindexAgainstRawBulk(ListingRepository repository, ReindexService reindex,
                                                       ClinicIndexAdmin admin, ElasticsearchClient client,
                                                       SearchDocuments documents) throws IOException {
        ReindexService.Result result = reindex.reindex();
        double reindexRate = result.documents() / Math.max(0.001, result.took().toMillis() / 1000.0);

        List<SearchDocument> docs = new ArrayList<>();
        repository.findAll().forEach(listing -> docs.add(documents.from(listing)));
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
        return new ReindexFigures(result.documents(), result.took().toMillis(), reindexRate, docs.size() / bulkSeconds);
    }

    /**
     * Sequential queries after 50 warm-up rounds: {@code GET /api/v1/clinics?q=ketamine&near=<zip>&radius=100&size=20}
     * through {@code api} (a function that performs the GET of the given path), then ClinicSearch's exact request
     * body straight to {@code <alias>/_search} with the low-level REST client.
     */
    public static Latencies apiAgainstRawElasticsearch(Consumer<String> api, ElasticsearchClient client,
                                                       ClinicIndexAdmin admin, BenchmarkAccess access, int queries) {
        RestClient lowLevel = ((RestClientTransport) client._transport()).restClient();
        long[] apiNanos = new long[queries];
        long[] rawNanos = new long[queries];
        for (int round = -50; round < queries; round++) {
            String zip = ZIPS[Math.floorMod(round, ZIPS.length)];
            long t0 = System.nanoTime();
            api.accept("/api/v1/clinics?q=ketamine&near=" + zip + "&radius=100&size=20");
            long t1 = System.nanoTime();
            Coordinates origin = access.locate(zip);
            ClinicQuery query = new ClinicQuery("ketamine", origin, 100.0, List.of(), List.of(), List.of(), false, false,
                    ClinicQuery.SortOrder.RELEVANCE, 20, null);
            Request request = new Request("POST", "/" + admin.alias() + "/_search");
            request.setJsonEntity(JsonpUtils.toJsonString(access.request(query), client._jsonpMapper()));
            long t2 = System.nanoTime();
            try {
                new String(lowLevel.performRequest(request).getEntity().getContent().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            long t3 = System.nanoTime();
            if (round >= 0) {
                apiNanos[round] = t1 - t0;
                rawNanos[round] = t3 - t2;
            }
        }
        Arrays.sort(apiNanos);
        Arrays.sort(rawNanos);
        return new Latencies(apiNanos, rawNanos);
    }

    /** The value at a percentile (0..100) of a sorted array (nearest rank). */
    public static long at(long[] sorted, double percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }
}
