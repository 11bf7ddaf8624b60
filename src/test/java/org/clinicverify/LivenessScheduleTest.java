package org.clinicverify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.clinicverify.directory.ListingRepository;
import org.clinicverify.moderation.Accounts;
import org.clinicverify.moderation.ItemView;
import org.clinicverify.moderation.ModerationQueue;
import org.clinicverify.moderation.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The liveness recheck end to end: real seller sites on loopback (probes of loopback explicitly
 * allowed), the real database, and the moderators' item view over HTTP.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LivenessScheduleTest implements TestPropertyProvider {

    private static final String PASSWORD = "correct horse battery";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    LivenessSchedule schedule;

    @Inject
    ModerationQueue queue;

    @Inject
    ListingRepository listings;

    @Inject
    Accounts accounts;

    @Inject
    SteppingClock clock;

    BlockingHttpClient http;
    String token;

    @Override
    public @NonNull Map<String, String> getProperties() {
        return LivenessTestSupport.properties(true);
    }

    @BeforeAll
    @SuppressWarnings("unchecked")
    void logIn() {
        http = client.toBlocking();
        accounts.create("alice", Role.MODERATOR, PASSWORD);
        Map<String, Object> response = http.retrieve(HttpRequest.POST("/api/v1/auth/token",
                Map.of("username", "alice", "password", PASSWORD)), Map.class);
        token = (String) response.get("accessToken");
    }

    @Test
    void aLiveSellerIsRecordedOnlineAndLastSeenOnline() {
        try (LoopbackSite site = new LoopbackSite()) {
            ItemView item = confirmed(site);

            schedule.runOnce();

            Map<String, Object> view = itemView(item.id());
            assertEquals(Arrays.asList(true, clock.instant(), clock.instant()),
                    Arrays.asList(view.get("online"), instant(view, "livenessCheckedAt"), instant(view, "lastSeenOnlineAt")));
        }
    }

    @Test
    void aStoppedSellerIsRecordedOfflineAndKeepsWhenItWasLastSeenOnline() {
        ItemView item;
        Instant seenOnline;
        try (LoopbackSite site = new LoopbackSite()) {
            item = confirmed(site);
            schedule.runOnce();
            seenOnline = clock.instant();
        }
        clock.advance(Duration.ofHours(6));

        schedule.runOnce();

        Map<String, Object> view = itemView(item.id());
        assertEquals(Arrays.asList(false, clock.instant(), seenOnline),
                Arrays.asList(view.get("online"), instant(view, "livenessCheckedAt"), instant(view, "lastSeenOnlineAt")));
    }

    @Test
    void theProbeAsksTheSellersSiteOncePerRun() {
        try (LoopbackSite site = new LoopbackSite()) {
            confirmed(site);

            schedule.runOnce();

            assertEquals(1, site.requests());
        }
    }

    @Test
    void aSellerNeverProbedShowsNoLivenessYet() {
        try (LoopbackSite site = new LoopbackSite()) {
            ItemView item = confirmed(site);

            Map<String, Object> view = itemView(item.id());

            assertEquals(Arrays.asList(null, null, null),
                    Arrays.asList(view.get("online"), view.get("livenessCheckedAt"), view.get("lastSeenOnlineAt")));
        }
    }

    private ItemView confirmed(LoopbackSite site) {
        return LivenessTestSupport.confirmedSeller(queue, listings, site.hostKey(),
                "http://" + site.hostKey() + "/shop/");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> itemView(long id) {
        Map<String, Object> detail = http.retrieve(HttpRequest.GET("/api/v1/moderation/items/" + id).bearerAuth(token),
                Map.class);
        return (Map<String, Object>) detail.get("item");
    }

    private static Instant instant(Map<String, Object> view, String field) {
        Object value = view.get(field);
        return value == null ? null : Instant.parse(value.toString());
    }

}
