package org.clinicverify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.clinicverify.directory.ListingRepository;
import org.clinicverify.moderation.ModerationQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The work of a run is bounded, and the next run goes on with the sellers the last one did not reach. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LivenessRotationTest implements TestPropertyProvider {

    @Inject
    LivenessSchedule schedule;

    @Inject
    ModerationQueue queue;

    @Inject
    ListingRepository listings;

    @Override
    public @NonNull Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(LivenessTestSupport.properties(true));
        properties.put("clinicverify.moderation.liveness-max-sites-per-run", "1");
        return properties;
    }

    @Test
    void twoRunsOfOneSiteEachAskEverySellerOnce() {
        try (LoopbackSite first = new LoopbackSite(); LoopbackSite second = new LoopbackSite()) {
            LivenessTestSupport.confirmedSeller(queue, listings, first.hostKey(), "http://" + first.hostKey() + "/");
            LivenessTestSupport.confirmedSeller(queue, listings, second.hostKey(), "http://" + second.hostKey() + "/");

            schedule.runOnce();
            schedule.runOnce();

            assertEquals(List.of(1, 1), List.of(first.requests(), second.requests()));
        }
    }
}
