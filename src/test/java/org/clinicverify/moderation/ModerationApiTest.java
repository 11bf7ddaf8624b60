package org.clinicverify.moderation;

import static org.clinicverify.moderation.ModerationTestSupport.PASSWORD;
import static org.clinicverify.moderation.ModerationTestSupport.bearer;
import static org.clinicverify.moderation.ModerationTestSupport.body;
import static org.clinicverify.moderation.ModerationTestSupport.flaggedVerdict;
import static org.clinicverify.moderation.ModerationTestSupport.listing;
import static org.clinicverify.moderation.ModerationTestSupport.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.clinicverify.directory.ListingRepository;
import org.clinicverify.testsupport.TestApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The moderators' API over HTTP: queue, evidence, decisions, audit; public reports; metrics. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModerationApiTest implements TestPropertyProvider {

    static final String XSS_SNIPPET = "<script>alert('snippet')</script><img src=x onerror=alert(1)>";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Accounts accounts;

    @Inject
    ModerationQueue queue;

    @Inject
    ListingRepository listings;

    @Inject
    ObjectMapper json;

    @Inject
    ModerationItemRepository items;

    BlockingHttpClient http;
    String token;

    @Override
    public @NonNull Map<String, String> getProperties() {
        Map<String, Object> properties = new HashMap<>(TestApp.withH2());
        properties.put("clinicverify.moderation.reports-per-address", 3);
        return ModerationTestSupport.properties(properties);
    }

    @BeforeAll
    void createModerator() {
        http = client.toBlocking();
        accounts.create("alice", Role.MODERATOR, PASSWORD);
        token = bearer(http, "alice");
    }

    @Test
    void theQueueListsFlaggedSitesByPriority() {
        queue.onScored("low.example", flaggedVerdict(40, "rx"), "0000000000000000");
        queue.onScored("high.example", flaggedVerdict(0, "rx"), "0000000000000000");

        Map<String, Object> page = get("/api/v1/moderation/queue?state=pending_review&limit=100");

        List<String> hosts = hosts(page);
        assertTrue(hosts.indexOf("high.example") < hosts.indexOf("low.example"), hosts.toString());
    }

    @Test
    void theQueueRefusesAnUnknownStateWith400NamingIt() {
        String message = body(http, HttpRequest.GET("/api/v1/moderation/queue?state=bogus").bearerAuth(token));

        assertTrue(message.contains("state must be one of"), message);
    }

    @Test
    void aStaleDecisionIsRefusedWith409AndAClearMessage() {
        long id = flagged("race.example");
        long version = version(id);
        decide(id, "needs_info", "need more pages", version);

        String message = body(http, decision(id, "dismissed", "fine", version));

        assertTrue(message.contains("changed since you loaded it") && message.contains("reload"), message);
    }

    @Test
    void aStaleDecisionAnswers409() {
        long id = flagged("race-status.example");
        long version = version(id);
        decide(id, "needs_info", "need more pages", version);

        assertEquals(HttpStatus.CONFLICT, status(http, decision(id, "dismissed", "fine", version)));
    }

    @Test
    void aDecisionWithoutReasonAnswers400() {
        long id = flagged("no-reason-api.example");

        assertEquals(HttpStatus.BAD_REQUEST, status(http, decision(id, "dismissed", "", version(id))));
    }

    @Test
    void aClaimByAnotherModeratorIsVisibleAndBlocksASecondClaim() {
        accounts.create("bob", Role.MODERATOR, PASSWORD);
        long id = flagged("claimed.example");
        http.exchange(HttpRequest.POST("/api/v1/moderation/items/" + id + "/claim", "").bearerAuth(token));

        HttpStatus second = status(http, HttpRequest.POST("/api/v1/moderation/items/" + id + "/claim", "")
                .bearerAuth(bearer(http, "bob")));

        assertEquals(HttpStatus.CONFLICT, second);
    }

    @Test
    void aConfirmedSellerIsFlaggedInTheDirectory() {
        listings.save(listing("seller-api.example", false, null));
        long id = flagged("seller-api.example");

        decide(id, "confirmed_rogue", "sells vials without prescription", version(id));

        assertTrue(listings.findBySiteHostOrderById("seller-api.example").get(0).flagged());
    }

    @Test
    void aModeratorRecordsWhenTheSiteWasReportedToItsHost() {
        long id = flagged("reported-host.example");

        http.exchange(HttpRequest.POST("/api/v1/moderation/items/" + id + "/reported-to-host",
                Map.of("reportedAt", "2026-11-21T09:30:00Z", "note", "abuse@host.example, ticket 42",
                        "version", version(id))).bearerAuth(token));

        assertEquals(List.of("2026-11-21T09:30:00Z", "abuse@host.example, ticket 42"),
                List.of(item(id).get("reportedToHostAt"), item(id).get("reportedToHostNote")));
    }

    @Test
    void theAuditLogFiltersByItem() {
        long id = flagged("audit-api.example");
        decide(id, "dismissed", "a clinic after all", version(id));

        Map<String, Object> page = get("/api/v1/moderation/audit?item=" + id);

        assertEquals(List.of("dismissed", "pending_review"), entries(page).stream().map(e -> e.get("toState")).toList());
    }

    @Test
    void evidenceShowsTheSignalsOfTheListing() throws IOException {
        listings.save(listing("evidence.example", true, json.writeValueAsString(flaggedVerdict(3, "no prescription needed"))));
        long id = flagged("evidence.example");

        String detail = body(http, HttpRequest.GET("/api/v1/moderation/items/" + id).bearerAuth(token));

        assertTrue(detail.contains("sells-without-prescription") && detail.contains("no prescription needed"), detail);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCrawledPayloadStaysInertInTheSnapshot() {
        long id = flagged("hostile.example");

        Map<String, Object> detail = get("/api/v1/moderation/items/" + id);

        String safeHtml = (String) ((List<Map<String, Object>>) detail.get("snapshots")).get(0).get("safeHtml");
        String lower = safeHtml.toLowerCase(java.util.Locale.ROOT);
        assertFalse(lower.contains("<script") || lower.contains("onerror") || lower.contains("onload")
                || lower.contains("<iframe") || lower.contains("<form") || lower.contains("<img")
                || lower.contains("<a ") || lower.contains("src=") || lower.contains("href=")
                || lower.contains("style=") || lower.contains("<svg") || lower.contains("<link"), safeHtml);
    }

    @Test
    void aCrawledSnippetIsServedAsJsonTextNotMarkup() throws IOException {
        listings.save(listing("snippet.example", true, json.writeValueAsString(flaggedVerdict(3, XSS_SNIPPET))));
        long id = flagged("snippet.example");

        io.micronaut.http.HttpResponse<String> response = http.exchange(
                HttpRequest.GET("/api/v1/moderation/items/" + id).bearerAuth(token), String.class);

        assertEquals(List.of("application/json", "nosniff"), List.of(
                response.getContentType().orElseThrow().getName(), response.header("X-Content-Type-Options")));
    }

    @Test
    void aPublicReportOpensAnItem() {
        http.exchange(HttpRequest.POST("/api/v1/reports", Map.of("site", "https://Reported.Example/shop",
                "message", "sells ketamine without prescription")).header("X-Forwarded-For", "203.0.113.1"));

        Map<String, Object> page = get("/api/v1/moderation/queue?state=pending_review&limit=100");

        assertTrue(hosts(page).contains("reported.example"), hosts(page).toString());
    }

    @Test
    void theHoneypotSwallowsABotReport() {
        HttpStatus status = status(http, HttpRequest.POST("/api/v1/reports", Map.of("site", "bot-target.example",
                "message", "spam", "website", "http://spam.example")));

        assertEquals(HttpStatus.ACCEPTED, status);
        assertFalse(hosts(get("/api/v1/moderation/queue?limit=100")).contains("bot-target.example"));
    }

    @Test
    void publicReportsAreRateLimitedPerAddress() {
        Map<String, String> report = Map.of("site", "flood.example", "message", "again");
        for (int i = 0; i < 3; i++) {
            assertEquals(HttpStatus.ACCEPTED, status(http, HttpRequest.POST("/api/v1/reports", report)));
        }

        assertEquals(HttpStatus.TOO_MANY_REQUESTS, status(http, HttpRequest.POST("/api/v1/reports", report)));
    }

    @Test
    void anAppealShowsTheEarlierDecision() {
        long id = flagged("appeal-api.example");
        decide(id, "confirmed_unapproved", "no prescriber", version(id));
        http.exchange(HttpRequest.POST("/api/v1/reports", Map.of("site", "appeal-api.example", "kind", "appeal",
                "message", "we are a licensed pharmacy")).header("X-Forwarded-For", "203.0.113.9"));

        Map<String, Object> item = item(id);

        assertEquals(List.of("pending_review", "appeal", "confirmed_unapproved"),
                List.of(item.get("state"), item.get("openedReason"), item.get("previousDecision")));
    }

    @Test
    void prometheusShowsQueueSizeAndDecisions() {
        long id = flagged("metrics.example");
        decide(id, "confirmed_rogue", "fake pharmacy", version(id));

        String metrics = http.retrieve("/prometheus");

        assertTrue(metrics.contains("moderation_queue_size") && metrics.contains("moderation_decisions_total")
                && metrics.contains("moderation_time_to_decision_seconds"), metrics);
    }

    private long flagged(String host) {
        queue.onScored(host, flaggedVerdict(5, "no prescription needed"), "00000000000000ff");
        return items.findBySiteHost(host).orElseThrow().id();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> itemsOf(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> item(long id) {
        return (Map<String, Object>) get("/api/v1/moderation/items/" + id).get("item");
    }

    private long version(long id) {
        return ((Number) item(id).get("version")).longValue();
    }

    private void decide(long id, String decision, String reason, long version) {
        http.exchange(decision(id, decision, reason, version));
    }

    private HttpRequest<?> decision(long id, String decision, String reason, long version) {
        return HttpRequest.POST("/api/v1/moderation/items/" + id + "/decisions",
                Map.of("decision", decision, "reason", reason, "version", version)).bearerAuth(token);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> get(String path) {
        return http.retrieve(HttpRequest.GET(path).bearerAuth(token), Map.class);
    }

    private static List<String> hosts(Map<String, Object> page) {
        return itemsOf(page.get("items")).stream().map(item -> (String) item.get("siteHost")).toList();
    }

    private static List<Map<String, Object>> entries(Map<String, Object> page) {
        return itemsOf(page.get("entries"));
    }
}
