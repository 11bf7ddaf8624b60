package org.clinicverify.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.clinicverify.directory.Listing;
import org.clinicverify.directory.ListingRepository;
import org.clinicverify.testsupport.TestApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Rebuilding the index from the database while searches run. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReindexServiceTest implements TestPropertyProvider {

    static final int LISTINGS = 120;

    @Inject
    ListingRepository repository;
    @Inject
    ListingIndexer indexer;
    @Inject
    ReindexService reindex;
    @Inject
    ClinicSearch search;
    @Inject
    ClinicIndexAdmin admin;
    @Inject
    ElasticsearchClient client;
    @Inject
    JsonMapper json;

    @Override
    public @NonNull Map<String, String> getProperties() {
        Map<String, Object> properties = TestApp.withH2();
        properties.put("clinicverify.search.indexing.reindex-page-size", 7);
        properties.put("clinicverify.search.indexing.old-index-grace", "500ms");
        return TestApp.asStrings(properties);
    }

    @BeforeAll
    void seed() throws IOException {
        for (int i = 0; i < LISTINGS; i++) {
            Listing listing = repository.save(Listings.clinic("rebuild" + i, "Rebuild Clinic " + i, 35 + i * 0.01, -90,
                    List.of("kap"), List.of(), List.of(), 50, json));
            indexer.index(listing);
        }
        indexer.flush();
        client.indices().refresh(r -> r.index(admin.alias()));
    }

    private ClinicQuery everything() {
        return new ClinicQuery("rebuild", null, null, List.of(), List.of(), List.of(), false, false,
                ClinicQuery.SortOrder.RELEVANCE, 10, null);
    }

    @Test
    void searchesRunningDuringAReindexAllSucceedWithEveryListing() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        List<String> problems = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        Runnable searcher = () -> {
            while (running.get()) {
                try {
                    long total = search.search(everything()).total();
                    searches.incrementAndGet();
                    if (total != LISTINGS) {
                        problems.add("total " + total);
                    }
                } catch (RuntimeException e) {
                    problems.add(e.toString());
                }
            }
        };
        List<Future<?>> futures = List.of(pool.submit(searcher), pool.submit(searcher), pool.submit(searcher));
        Set<String> before = admin.indicesBehindAlias();

        ReindexService.Result first = reindex.reindex();
        ReindexService.Result second = reindex.reindex();
        running.set(false);
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();

        assertEquals(List.of(), problems);
        assertTrue(searches.get() > 0);
        assertEquals(LISTINGS, first.documents());
        assertEquals(before, first.replaced());
        assertEquals(Set.of(first.newIndex()), second.replaced());
        assertEquals(Set.of(second.newIndex()), admin.indicesBehindAlias());
        assertTrue(second.newIndex().startsWith(admin.alias() + "_v" + admin.mappingVersion() + "_"), second.newIndex());
        assertEquals(false, client.indices().exists(e -> e.index(first.newIndex())).value());
    }
}
