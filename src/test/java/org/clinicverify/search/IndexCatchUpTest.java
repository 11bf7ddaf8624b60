package org.clinicverify.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.clinicverify.directory.ListingRepository;
import org.clinicverify.testsupport.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The catch-up after an Elasticsearch outage, on the real node. Listings stored without reaching the
 * index stand for the writes made while Elasticsearch was away (the shared test node cannot be
 * stopped here; bench/drills stops a real one under a running service).
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // without it Micronaut ignores getProperties (the app's defaults: ./data)
class IndexCatchUpTest implements TestPropertyProvider {

    @Inject
    ListingRepository repository;
    @Inject
    IndexCatchUp catchUp;
    @Inject
    ClinicIndexAdmin admin;
    @Inject
    ElasticsearchClient client;
    @Inject
    JsonMapper json;

    @Override
    public @NonNull Map<String, String> getProperties() {
        return TestApp.asStrings(TestApp.withH2());
    }

    @Test
    void bringsEveryListingWrittenWhileTheIndexWasAwayBackIntoSearch() throws IOException {
        repository.saveAll(List.of(
                Listings.clinic("away-one.example", "Away One Ketamine", 30.2, -97.7, List.of("kap"), List.of("ptsd"), List.of("cash"), 70, json),
                Listings.clinic("away-two.example", "Away Two Ketamine", 30.3, -97.8, List.of("kap"), List.of("ptsd"), List.of("cash"), 71, json),
                Listings.seller("away-shop.example", "Away Shop", 30.4, -97.9, json)));

        IndexCatchUp.Outcome first = catchUp.catchUp();
        IndexCatchUp.Outcome second = catchUp.catchUp();

        assertInstanceOf(IndexCatchUp.Suspected.class, first);
        assertInstanceOf(IndexCatchUp.Rebuilt.class, second);
        assertEquals(repository.count(), searchableDocuments());
    }

    @Test
    void waitsWhileTheDatabaseIsStillMovingAheadOfTheIndex() {
        repository.save(Listings.clinic("busy-one.example", "Busy One Ketamine", 30.2, -97.7, List.of("kap"), List.of("ptsd"),
                List.of("cash"), 70, json));
        IndexCatchUp.Outcome first = catchUp.catchUp();
        repository.save(Listings.clinic("busy-two.example", "Busy Two Ketamine", 30.3, -97.8, List.of("kap"), List.of("ptsd"),
                List.of("cash"), 71, json));

        IndexCatchUp.Outcome whileCrawling = catchUp.catchUp();
        IndexCatchUp.Outcome onceSettled = catchUp.catchUp();

        assertInstanceOf(IndexCatchUp.Suspected.class, first);
        assertInstanceOf(IndexCatchUp.Suspected.class, whileCrawling);
        assertInstanceOf(IndexCatchUp.Rebuilt.class, onceSettled);
    }

    @Test
    void leavesAnIndexThatMatchesTheDatabaseAlone() {
        repository.save(Listings.clinic("steady.example", "Steady Ketamine", 40.7, -74.0, List.of("kap"), List.of("ptsd"),
                List.of("cash"), 80, json));
        catchUp.catchUp();
        catchUp.catchUp();

        IndexCatchUp.Outcome outcome = catchUp.catchUp();

        assertInstanceOf(IndexCatchUp.InStep.class, outcome);
    }

    @Test
    void rebuildsAnIndexOfAnOlderMappingVersionAtOnce() throws IOException {
        repository.save(Listings.clinic("upgraded.example", "Upgraded Ketamine", 40.7, -74.0, List.of("kap"), List.of("ptsd"),
                List.of("cash"), 80, json));
        catchUp.catchUp();
        catchUp.catchUp();
        // What an upgrade finds: the alias on an index made by an earlier build's mapping version.
        String older = admin.alias() + "_v0";
        admin.createIndex(older);
        client.indices().updateAliases(u -> u
                .actions(a -> a.remove(r -> r.index(admin.alias() + "_v*").alias(admin.alias())))
                .actions(a -> a.add(ad -> ad.index(older).alias(admin.alias()).isWriteIndex(true))));

        IndexCatchUp.Outcome outcome = catchUp.catchUp();

        assertInstanceOf(IndexCatchUp.Rebuilt.class, outcome);
        assertEquals(ClinicIndexAdmin.AliasMapping.CURRENT, admin.aliasMapping(), admin.indicesBehindAlias().toString());
        assertEquals(repository.count(), searchableDocuments());
    }

    @Test
    void leavesAnIndexOfANewerMappingVersionToTheNewerBuild() throws IOException {
        repository.save(Listings.clinic("rolling.example", "Rolling Ketamine", 40.7, -74.0, List.of("kap"), List.of("ptsd"),
                List.of("cash"), 80, json));
        catchUp.catchUp();
        catchUp.catchUp();
        // A rolling upgrade: a newer build has moved the alias to its own mapping version's index.
        String newer = admin.alias() + "_v" + (admin.mappingVersion() + 1) + "_20261207080000";
        admin.createIndex(newer);
        client.indices().updateAliases(u -> u
                .actions(a -> a.remove(r -> r.index(admin.alias() + "_v*").alias(admin.alias())))
                .actions(a -> a.add(ad -> ad.index(newer).alias(admin.alias()).isWriteIndex(true))));

        try {
            IndexCatchUp.Outcome first = catchUp.catchUp();
            IndexCatchUp.Outcome second = catchUp.catchUp();

            assertInstanceOf(IndexCatchUp.NewerMapping.class, first);
            assertInstanceOf(IndexCatchUp.NewerMapping.class, second);
            assertEquals(java.util.Set.of(newer), admin.indicesBehindAlias());
            assertEquals(ClinicIndexAdmin.AliasMapping.NEWER, admin.aliasMapping());
        } finally { // the other tests share the alias: back on this build's mapping
            client.indices().delete(d -> d.index(newer));
            admin.ensureReady();
        }
    }

    @Test
    void readsTheMappingVersionFromAnIndexName() {
        String alias = admin.alias();
        assertEquals(3, admin.mappingVersionOf(alias + "_v3"));
        assertEquals(12, admin.mappingVersionOf(alias + "_v12_20261207080000"));
        assertEquals(-1, admin.mappingVersionOf(alias + "_vx"));
        assertEquals(-1, admin.mappingVersionOf("other_v3"));
    }

    private long searchableDocuments() throws IOException {
        client.indices().refresh(r -> r.index(admin.alias()));
        return client.count(c -> c.index(admin.alias())).count();
    }
}
