package org.clinicverify.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.clinicverify.testsupport.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The warm-up runs real searches against the test node and holds readiness until it is done. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchWarmUpTest implements TestPropertyProvider {

    @Inject
    ClinicSearch search;
    @Inject
    JsonMapper json;
    @Inject
    ClinicIndexAdmin admin;
    @Inject
    ElasticsearchClient client;
    @Inject
    ElasticsearchEndpoint endpoint;

    @Override
    public @NonNull Map<String, String> getProperties() {
        return TestApp.asStrings(TestApp.withH2());
    }

    @Test
    void reportsDownUntilItsRoundsAreDoneThenUp() {
        admin.ensureReady();
        SearchWarmUp warmUp = new SearchWarmUp(search, json, new WarmUpSettings(6));

        boolean before = warmUp.ready();
        warmUp.run();

        assertFalse(before);
        assertEquals(6, warmUp.roundsDone());
        assertTrue(warmUp.ready());
    }

    @Test
    void noRoundsMeansReadyAtOnce() {
        SearchWarmUp warmUp = new SearchWarmUp(search, json, new WarmUpSettings(0));

        assertTrue(warmUp.ready());
        assertEquals(0, warmUp.roundsDone());
    }

    @Test
    void aFailingSearchEndsTheWarmUpWithoutHoldingReadiness() {
        // An alias that does not exist: Elasticsearch refuses every search, as when the index is gone.
        ElasticsearchSettings missing = new ElasticsearchSettings(null, null, null, "no-such-alias-" + System.nanoTime(), 0);
        ClinicSearch refused = new ClinicSearch(client, new ClinicIndexAdmin(client, endpoint, missing));
        SearchWarmUp warmUp = new SearchWarmUp(refused, json, new WarmUpSettings(50));

        warmUp.run();

        assertEquals(0, warmUp.roundsDone());
        assertTrue(warmUp.ready());
    }
}
