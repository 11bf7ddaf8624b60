package org.clinicverify.moderation;

import static org.clinicverify.moderation.ModerationTestSupport.cleanVerdict;
import static org.clinicverify.moderation.ModerationTestSupport.doubtedVerdict;
import static org.clinicverify.moderation.ModerationTestSupport.flaggedVerdict;
import static org.clinicverify.moderation.ModerationTestSupport.listing;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Inject;
import org.clinicverify.directory.Listing;
import org.clinicverify.directory.ListingRepository;
import org.clinicverify.directory.SiteStanding;
import org.junit.jupiter.api.Test;

/**
 * The queue's rules against a real database: decisions override the scorer and survive re-scores,
 * optimistic locking refuses stale decisions, and every change leaves an audit line. Run on H2 and
 * on PostgreSQL by the two subclasses.
 */
abstract class ModerationQueueContract {

    /** Whole-site text of two demo sellers: what the Pipeline fingerprints. */
    static final String ORIGINAL_TEXT = DemoSiteText.of("ketamine-for-sale-direct");
    static final String SLIGHTLY_EDITED = ORIGINAL_TEXT + " Now shipping to Canada and Mexico with tracked delivery.";
    static final String REWRITTEN = DemoSiteText.of("k-plug-direct-menu");

    @Inject
    ModerationQueue queue;

    @Inject
    ListingRepository listings;

    @Inject
    AuditLog audit;

    @Inject
    ModerationItemRepository items;

    @Inject
    ModerationTestSupport.RecordingListener listener;

    @Inject
    Accounts accounts;

    @Inject
    LoginAttemptRepository attempts;

    @Test
    void aFlaggedSiteOpensAPendingItem() {
        queue.onScored("opens.example", flaggedVerdict(5, "no rx"), ContentFingerprint.of(ORIGINAL_TEXT));

        assertEquals(ItemState.PENDING_REVIEW, items.findBySiteHost("opens.example").orElseThrow().state());
    }

    @Test
    void anUnflaggedSiteOpensNothing() {
        queue.onScored("quiet.example", cleanVerdict(), ContentFingerprint.of(REWRITTEN));

        assertTrue(items.findBySiteHost("quiet.example").isEmpty());
    }

    @Test
    void aFlagTheTextModelWithdrewOpensAnItemAndHoldsTheSiteForReviewUnflagged() {
        SiteStanding standing = queue.onScored("doubt.example", doubtedVerdict(), ContentFingerprint.of(ORIGINAL_TEXT));

        ModerationItem item = items.findBySiteHost("doubt.example").orElseThrow();
        assertAll(
                () -> assertEquals(new SiteStanding(false, true), standing),
                () -> assertEquals(ItemState.PENDING_REVIEW, item.state()),
                () -> assertEquals(OpenedReason.SCORER_DOUBT, item.openedReason()),
                () -> assertTrue(audit.findByItemIdOrderById(item.id()).get(0).note().contains("text model withdrew the flag"),
                        audit.findByItemIdOrderById(item.id()).toString()));
    }

    @Test
    void anOpenItemLeavesTheFlagToTheScorer() {
        SiteStanding standing = queue.onScored("open.example", flaggedVerdict(5, "no rx"),
                ContentFingerprint.of(ORIGINAL_TEXT));

        assertEquals(new SiteStanding(true, false), standing);
    }

    @Test
    void aDismissalSurvivesARescoreOfTheSameContent() {
        ModerationItem item = scoredAndDecided("dismissed-same.example", ItemState.DISMISSED, ORIGINAL_TEXT);

        SiteStanding standing = queue.onScored("dismissed-same.example", flaggedVerdict(5, "no rx"),
                ContentFingerprint.of(ORIGINAL_TEXT));

        assertEquals(new SiteStanding(false, false), standing);
        assertEquals(ItemState.DISMISSED, items.findById(item.id()).orElseThrow().state());
    }

    @Test
    void aDismissalSurvivesASmallEdit() {
        scoredAndDecided("dismissed-edit.example", ItemState.DISMISSED, ORIGINAL_TEXT);

        queue.onScored("dismissed-edit.example", flaggedVerdict(5, "no rx"), ContentFingerprint.of(SLIGHTLY_EDITED));

        assertEquals(ItemState.DISMISSED, items.findBySiteHost("dismissed-edit.example").orElseThrow().state());
    }

    @Test
    void aDismissedSiteReturnsWhenItsContentChangesMaterially() {
        scoredAndDecided("dismissed-changed.example", ItemState.DISMISSED, REWRITTEN);

        SiteStanding standing = queue.onScored("dismissed-changed.example",
                flaggedVerdict(5, "no rx"), ContentFingerprint.of(ORIGINAL_TEXT));

        ModerationItem item = items.findBySiteHost("dismissed-changed.example").orElseThrow();
        assertEquals(List.of(ItemState.PENDING_REVIEW, OpenedReason.CONTENT_CHANGED, ItemState.DISMISSED),
                List.of(item.state(), item.openedReason(), item.previousDecision()));
        assertEquals(new SiteStanding(true, false), standing, "back in review, the scorer's flag applies");
    }

    @Test
    void aConfirmedSellerStaysFlaggedWhenTheScorerChangesItsMind() {
        scoredAndDecided("confirmed.example", ItemState.CONFIRMED_ROGUE, ORIGINAL_TEXT);

        SiteStanding standing = queue.onScored("confirmed.example", cleanVerdict(),
                ContentFingerprint.of(REWRITTEN));

        assertEquals(new SiteStanding(true, false), standing);
    }

    @Test
    void confirmedSellersAreListedAndDismissedSitesAreNot() {
        scoredAndDecided("listed-seller.example", ItemState.CONFIRMED_ROGUE, ORIGINAL_TEXT);
        scoredAndDecided("listed-clinic.example", ItemState.DISMISSED, REWRITTEN);

        List<String> hosts = queue.confirmedSellers().stream().map(ModerationDecision::siteHost).toList();

        assertTrue(hosts.contains("listed-seller.example") && !hosts.contains("listed-clinic.example"), hosts.toString());
    }

    @Test
    void confirmingASellerFlagsItsListingsAndTellsTheListeners() {
        listings.save(listing("flag-me.example", false, null));

        scoredAndDecided("flag-me.example", ItemState.CONFIRMED_UNAPPROVED, ORIGINAL_TEXT);

        assertTrue(listings.findBySiteHostOrderById("flag-me.example").get(0).flagged());
        assertTrue(listener.changed.contains("flag-me.example"));
    }

    @Test
    void dismissingASiteUnflagsItsListings() {
        listings.save(listing("unflag-me.example", true, null));

        scoredAndDecided("unflag-me.example", ItemState.DISMISSED, ORIGINAL_TEXT);

        assertFalse(listings.findBySiteHostOrderById("unflag-me.example").get(0).flagged());
    }

    @Test
    void aDismissalEndsTheHoldOfADoubtedSiteAndSurvivesTheNextRescore() {
        listings.save(listing("held.example", false, true, null));
        queue.onScored("held.example", doubtedVerdict(), ContentFingerprint.of(ORIGINAL_TEXT));
        ModerationItem item = items.findBySiteHost("held.example").orElseThrow();

        queue.decide(item.id(), ItemState.DISMISSED, "a real telehealth provider", item.version(), "alice");
        SiteStanding afterRescore = queue.onScored("held.example", doubtedVerdict(), ContentFingerprint.of(ORIGINAL_TEXT));

        Listing listing = listings.findBySiteHostOrderById("held.example").get(0);
        assertAll(
                () -> assertFalse(listing.underReview(), "the decision ends the hold"),
                () -> assertFalse(listing.flagged()),
                () -> assertTrue(listener.changed.contains("held.example"), "re-indexed so it returns to search"),
                () -> assertEquals(new SiteStanding(false, false), afterRescore));
    }

    @Test
    void confirmingADoubtedSiteFlagsItAndEndsTheHold() {
        listings.save(listing("held-seller.example", false, true, null));
        queue.onScored("held-seller.example", doubtedVerdict(), ContentFingerprint.of(ORIGINAL_TEXT));
        ModerationItem item = items.findBySiteHost("held-seller.example").orElseThrow();

        queue.decide(item.id(), ItemState.CONFIRMED_ROGUE, "ships vials, no prescriber", item.version(), "alice");

        Listing listing = listings.findBySiteHostOrderById("held-seller.example").get(0);
        assertEquals(List.of(true, false), List.of(listing.flagged(), listing.underReview()));
    }

    @Test
    void aStaleVersionIsRefusedWith409AndNothingChanges() {
        queue.onScored("stale.example", flaggedVerdict(5, "no rx"), ContentFingerprint.of(ORIGINAL_TEXT));
        ModerationItem item = items.findBySiteHost("stale.example").orElseThrow();
        queue.decide(item.id(), ItemState.NEEDS_INFO, "need the shop page", item.version(), "alice");

        ModerationProblem problem = assertThrows(ModerationProblem.class, () -> queue.decide(item.id(),
                ItemState.DISMISSED, "looks fine", item.version(), "bob"));

        assertEquals(HttpStatus.CONFLICT, problem.status());
        assertEquals(ItemState.NEEDS_INFO, items.findById(item.id()).orElseThrow().state());
    }

    @Test
    void aDecisionWithoutReasonIsRefused() {
        queue.onScored("no-reason.example", flaggedVerdict(5, "no rx"), ContentFingerprint.of(ORIGINAL_TEXT));
        ModerationItem item = items.findBySiteHost("no-reason.example").orElseThrow();

        ModerationProblem problem = assertThrows(ModerationProblem.class, () -> queue.decide(item.id(),
                ItemState.DISMISSED, "  ", item.version(), "alice"));

        assertEquals(HttpStatus.BAD_REQUEST, problem.status());
    }

    @Test
    void everyStateChangeIsAudited() {
        ModerationItem item = scoredAndDecided("audited.example", ItemState.CONFIRMED_ROGUE, ORIGINAL_TEXT);

        List<AuditEntry> history = audit.findByItemIdOrderById(item.id());

        assertEquals(List.of("system:null->pending_review", "alice:pending_review->confirmed_rogue"),
                history.stream().map(e -> e.actor() + ":" + (e.fromState() == null ? "null" : e.fromState().id())
                        + "->" + e.toState().id()).toList());
    }

    @Test
    void theAuditSearchFiltersByModerator() {
        scoredAndDecided("audit-filter.example", ItemState.DISMISSED, ORIGINAL_TEXT);

        List<AuditEntry> found = audit.search(true, 0, false, "alice", Instant.EPOCH,
                Instant.parse("9999-01-01T00:00:00Z"), Long.MAX_VALUE, 100);

        assertTrue(found.stream().allMatch(entry -> entry.actor().equals("alice")) && !found.isEmpty());
    }

    @Test
    void anAppealReopensADecidedItemAndShowsTheEarlierDecision() {
        scoredAndDecided("appealed.example", ItemState.CONFIRMED_ROGUE, ORIGINAL_TEXT);

        queue.onPublicReport("appealed.example", ReportKind.APPEAL);

        ModerationItem item = items.findBySiteHost("appealed.example").orElseThrow();
        assertEquals(List.of(ItemState.PENDING_REVIEW, OpenedReason.APPEAL, ItemState.CONFIRMED_ROGUE),
                List.of(item.state(), item.openedReason(), item.previousDecision()));
    }

    @Test
    void aLivenessRecheckRecordsWhenTheSellerWasLastSeenOnline() {
        scoredAndDecided("alive.example", ItemState.CONFIRMED_ROGUE, ORIGINAL_TEXT);
        queue.onLivenessChecked("alive.example", true, Instant.parse("2026-11-20T10:00:00Z"));

        queue.onLivenessChecked("alive.example", false, Instant.parse("2026-11-21T10:00:00Z"));

        ModerationItem item = items.findBySiteHost("alive.example").orElseThrow();
        assertEquals(List.of(false, Instant.parse("2026-11-21T10:00:00Z"), Instant.parse("2026-11-20T10:00:00Z")),
                List.of(item.online(), item.livenessCheckedAt(), item.lastSeenOnlineAt()));
    }

    @Test
    void aLivenessRecheckDoesNotMakeAModeratorsReviewStale() {
        scoredAndDecided("rechecked.example", ItemState.CONFIRMED_ROGUE, ORIGINAL_TEXT);
        queue.onPublicReport("rechecked.example", ReportKind.APPEAL);
        ModerationItem loaded = items.findBySiteHost("rechecked.example").orElseThrow();

        queue.onLivenessChecked("rechecked.example", true, Instant.parse("2026-11-20T10:00:00Z"));
        ItemView decided = queue.decide(loaded.id(), ItemState.CONFIRMED_ROGUE, "still selling after the appeal",
                loaded.version(), "moderator-1");

        assertEquals(ItemState.CONFIRMED_ROGUE, decided.state());
    }

    @Test
    void loginFailuresAreCountedInTheDatabase() {
        accounts.create("counted", Role.MODERATOR, ModerationTestSupport.PASSWORD);
        accounts.login("counted", "wrong password 1", "10.0.0.1");
        accounts.login("counted", "wrong password 2", "10.0.0.1");

        long failures = attempts.countRecentFailures("counted", "10.0.0.1", Instant.EPOCH);

        assertEquals(2, failures);
    }

    @Inject
    LoginAttemptSweep loginAttemptSweep;

    @Test
    void loginAttemptsAreKeptForTheRetentionThenDeleted() {
        accounts.create("swept", Role.MODERATOR, ModerationTestSupport.PASSWORD);
        accounts.login("swept", "wrong password", "10.0.0.9");
        Instant now = Instant.now();

        int keptToday = loginAttemptSweep.sweep(now);
        long stillCounted = attempts.countRecentFailures("swept", "10.0.0.9", Instant.EPOCH);
        loginAttemptSweep.sweep(now.plus(Duration.ofDays(8)));
        long afterRetention = attempts.countRecentFailures("swept", "10.0.0.9", Instant.EPOCH);

        assertEquals(List.of(0, 1L, 0L), List.of(keptToday, stillCounted, afterRetention));
    }

    @Test
    void theDatabaseNeverHoldsThePlaintextPassword() {
        accounts.create("hashed", Role.ADMIN, ModerationTestSupport.PASSWORD);

        String stored = accountHash("hashed");

        assertTrue(stored.startsWith("$2") && !stored.contains(ModerationTestSupport.PASSWORD), stored);
    }

    @Inject
    UserAccountRepository users;

    private String accountHash(String username) {
        return users.findByUsername(username).orElseThrow().passwordHash();
    }

    private ModerationItem scoredAndDecided(String host, ItemState decision, String text) {
        queue.onScored(host, flaggedVerdict(5, "no rx"), ContentFingerprint.of(text));
        ModerationItem item = items.findBySiteHost(host).orElseThrow();
        queue.decide(item.id(), decision, "checked the shop pages", item.version(), "alice");
        return item;
    }
}
