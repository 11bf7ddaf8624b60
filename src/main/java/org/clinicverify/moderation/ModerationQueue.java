package org.clinicverify.moderation;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.clinicverify.directory.SiteStanding;
import org.clinicverify.score.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review queue: one item per site, opened by the scorer, by a moderator, or by the public
 * (reports and appeals), and closed by a moderator's decision. Decisions override the scorer and
 * survive re-scoring:
 * <ul>
 *   <li>a confirmed seller stays flagged until a moderator reverses the decision;</li>
 *   <li>a dismissed false positive stays unflagged, and returns to review only when the scorer flags
 *       it again <em>and</em> its content fingerprint moved more than {@code fingerprint-threshold}
 *       bits away from the one it had when it was dismissed.</li>
 * </ul>
 * Every state change writes an audit line in the same transaction. Decisions use optimistic
 * locking: the caller sends the version it saw, and a stale one is refused with 409.
 */
@Singleton
public class ModerationQueue {

    private static final Logger LOG = LoggerFactory.getLogger(ModerationQueue.class);
    static final int MAX_REASON = 4000;

    private final ModerationItemRepository items;
    private final AuditLog audit;
    private final ListingFlags listingFlags;
    private final List<ListingChangeListener> listeners;
    private final TransactionOperations<Connection> tx;
    private final ModerationMetrics metrics;
    private final ModerationSettings settings;
    private final Clock clock;

    ModerationQueue(ModerationItemRepository items, AuditLog audit, ListingFlags listingFlags,
                    List<ListingChangeListener> listeners, TransactionOperations<Connection> tx,
                    ModerationMetrics metrics, ModerationSettings settings, Clock clock) {
        this.items = items;
        this.audit = audit;
        this.listingFlags = listingFlags;
        this.listeners = listeners;
        this.tx = tx;
        this.metrics = metrics;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Hook for the Pipeline, after the scorer judged a site. Opens an item when the scorer flags a
     * site nobody has reviewed, or when the rules flagged it and the text model withdrew the flag (a
     * doubtful case goes to moderators rather than being settled by a guess), and says how the
     * directory shows the site:
     * <ul>
     *   <li>with a standing decision, the moderators' flag, and no hold;</li>
     *   <li>without one, the scorer's flag, and a hold for review when the flag was doubted (until a
     *       moderator decides, the site is neither warned about nor offered in clinic search).</li>
     * </ul>
     *
     * @param contentFingerprint {@link ContentFingerprint#of} of the site's text
     */
    public SiteStanding onScored(String host, Verdict verdict, @Nullable String contentFingerprint) {
        Optional<ModerationDecision> decision;
        try {
            decision = tx.executeWrite(status -> applyScore(host, verdict, contentFingerprint));
        } catch (OptimisticLockException raced) {
            // A moderator changed the item meanwhile; their write wins, and we read it afresh.
            decision = tx.executeWrite(status -> applyScore(host, verdict, contentFingerprint));
        }
        return decision.map(decided -> new SiteStanding(decided.flagged(), false))
                .orElseGet(() -> new SiteStanding(verdict.flagged(), verdict.flagDoubted()));
    }

    /** The standing decision on a site, if any (for the flagged list and the verify API). */
    public Optional<ModerationDecision> decisionFor(String host) {
        return items.findBySiteHost(host).filter(item -> !item.state().isOpen()).map(ModerationDecision::of);
    }

    /** Sites moderators confirmed as sellers (rogue or unapproved), by host: for {@code /api/v1/flagged}. */
    public List<ModerationDecision> confirmedSellers() {
        return Stream.of(ItemState.CONFIRMED_ROGUE, ItemState.CONFIRMED_UNAPPROVED)
                .flatMap(state -> items.findByStateOrderBySiteHost(state).stream())
                .map(ModerationDecision::of)
                .sorted(Comparator.comparing(ModerationDecision::siteHost))
                .toList();
    }

    private Optional<ModerationDecision> applyScore(String host, Verdict verdict, @Nullable String fingerprint) {
        Instant now = clock.instant();
        int priority = priority(verdict);
        Optional<ModerationItem> existing = items.findBySiteHost(host);
        if (existing.isEmpty()) {
            if (verdict.flagged()) {
                ModerationItem item = items.save(ModerationItem.open(host, OpenedReason.SCORER_FLAG, priority, now,
                        fingerprint, verdict.trustScore()));
                append(item, AuditEntry.SYSTEM, null, "scorer flagged the site (trust score "
                        + verdict.trustScore() + ", scorer " + verdict.scorerVersion() + ")");
            } else if (verdict.flagDoubted()) {
                ModerationItem item = items.save(ModerationItem.open(host, OpenedReason.SCORER_DOUBT, priority, now,
                        fingerprint, verdict.trustScore()));
                append(item, AuditEntry.SYSTEM, null, "the rules flagged the site but the text model withdrew the flag"
                        + " (trust score " + verdict.trustScore() + ", scorer " + verdict.scorerVersion() + ")");
            }
            return Optional.empty();
        }
        ModerationItem item = existing.get();
        if (item.state() == ItemState.DISMISSED && verdict.flagged() && ContentFingerprint.materiallyDifferent(
                item.decidedFingerprint(), fingerprint, settings.fingerprintThreshold())) {
            ModerationItem reopened = items.update(item.scored(priority, fingerprint, verdict.trustScore())
                    .reopen(OpenedReason.CONTENT_CHANGED, priority, now));
            append(reopened, AuditEntry.SYSTEM, item.state(), "scorer flagged the site again and its content changed ("
                    + ContentFingerprint.distance(item.decidedFingerprint(), fingerprint) + " of 64 fingerprint bits)");
            return Optional.empty();
        }
        int newPriority = item.state().isOpen() ? Math.max(item.priority(), priority) : item.priority();
        ModerationItem scored = item.scored(newPriority, fingerprint, verdict.trustScore());
        if (!scored.equals(item)) {
            item = items.update(scored);
        }
        return item.state().isOpen() ? Optional.empty() : Optional.of(ModerationDecision.of(item));
    }

    /** A moderator puts a site into the queue by hand (or reopens a decided one). */
    public ItemView openManually(String host, String moderator, String note) {
        requireReason(note, "note");
        ModerationItem item = tx.executeWrite(status -> reopenOrCreate(host, OpenedReason.MANUAL, 60, moderator,
                "opened by hand: " + note.strip()));
        return ItemView.of(item);
    }

    /**
     * A public report or appeal. An appeal always (re)opens the item, which keeps showing the earlier
     * decision; a report opens a new item or raises an open one, and leaves a decided one alone (the
     * report stays visible in its evidence). Also the hook for {@code /api/v1/verify} when a visitor
     * asks for a site to be reviewed ({@code ReportKind.REPORT}).
     */
    public void onPublicReport(String host, ReportKind kind) {
        tx.executeWrite(status -> {
            Optional<ModerationItem> existing = items.findBySiteHost(host);
            if (kind == ReportKind.APPEAL) {
                return reopenOrCreate(host, OpenedReason.APPEAL, 80, AuditEntry.SYSTEM, "appeal from the public form");
            }
            if (existing.isEmpty()) {
                return reopenOrCreate(host, OpenedReason.PUBLIC_REPORT, 50, AuditEntry.SYSTEM,
                        "reported through the public form");
            }
            ModerationItem item = existing.get();
            return item.state().isOpen() ? items.update(item.scored(item.priority() + 10, item.latestFingerprint(),
                    item.trustScore() == null ? 0 : item.trustScore())) : item;
        });
    }

    private ModerationItem reopenOrCreate(String host, OpenedReason reason, int priority, String actor, String note) {
        Instant now = clock.instant();
        Optional<ModerationItem> existing = items.findBySiteHost(host);
        if (existing.isEmpty()) {
            ModerationItem item = items.save(ModerationItem.open(host, reason, priority, now, null, null));
            append(item, actor, null, note);
            return item;
        }
        ModerationItem item = existing.get();
        if (item.state().isOpen() && reason != OpenedReason.APPEAL) {
            return item;
        }
        ModerationItem reopened = items.update(item.reopen(reason, priority, now));
        append(reopened, actor, item.state(), note);
        return reopened;
    }

    /** Marks the item as being worked on by this moderator (others see it; a stale claim expires). */
    public ItemView claim(long id, String moderator) {
        ModerationItem item = find(id);
        Instant now = clock.instant();
        if (item.claimedBy() != null && !item.claimedBy().equals(moderator) && item.claimedAt() != null
                && item.claimedAt().plus(settings.claimTimeout()).isAfter(now)) {
            throw ModerationProblem.conflict("item " + id + " is claimed by " + item.claimedBy() + " since "
                    + item.claimedAt() + "; ask them, or wait until the claim expires");
        }
        try {
            return ItemView.of(tx.executeWrite(status -> {
                ModerationItem claimed = items.update(item.claim(moderator, now));
                append(claimed, moderator, item.state(), "claimed");
                return claimed;
            }));
        } catch (OptimisticLockException raced) {
            throw stale(id, item.version());
        }
    }

    /**
     * Records a decision. {@code expectedVersion} is the version the moderator saw; if the item
     * changed since, nothing is written and a 409 explains what to do. Confirmed sellers get their
     * listings flagged and dismissed sites unflagged; listeners re-index after the commit.
     */
    public ItemView decide(long id, ItemState decision, String reason, long expectedVersion, String moderator) {
        requireReason(reason, "reason");
        ModerationItem item = find(id);
        if (item.version() != expectedVersion) {
            throw stale(id, expectedVersion, item);
        }
        Instant now = clock.instant();
        ModerationItem decided;
        try {
            decided = tx.executeWrite(status -> {
                ModerationItem updated = items.update(item.decide(decision, moderator, reason.strip(), now));
                append(updated, moderator, item.state(), reason.strip());
                if (decision.isConfirmedSeller() || decision == ItemState.DISMISSED) {
                    listingFlags.updateFlagged(item.siteHost(), decision.isConfirmedSeller(), now);
                }
                return updated;
            });
        } catch (OptimisticLockException raced) {
            throw stale(id, expectedVersion);
        }
        metrics.decided(decision, Duration.between(item.openedAt(), now), item.state().isOpen());
        if (decision.isConfirmedSeller() || decision == ItemState.DISMISSED) {
            notifyListeners(item.siteHost());
        }
        return ItemView.of(decided);
    }

    /**
     * Hook for the scheduled liveness recheck of confirmed sellers (the crawler fetches; only crawl
     * touches the network): records whether the site answered and when it was last seen online.
     * Sites without an item are ignored. Not audited and not a new item version: it changes no state,
     * so it must not make a moderator's open review stale (409).
     */
    public void onLivenessChecked(String host, boolean online, Instant checkedAt) {
        items.recordLiveness(host, online, checkedAt, online ? checkedAt : null);
    }

    /** Records when the site was reported to its hosting provider or registrar. */
    public ItemView recordReportedToHost(long id, Instant reportedAt, String note, long expectedVersion,
                                         String moderator) {
        requireReason(note, "note");
        ModerationItem item = find(id);
        if (item.version() != expectedVersion) {
            throw stale(id, expectedVersion, item);
        }
        try {
            return ItemView.of(tx.executeWrite(status -> {
                ModerationItem updated = items.update(item.reportedToHost(reportedAt, note.strip()));
                append(updated, moderator, item.state(), "reported to host/registrar at " + reportedAt + ": "
                        + note.strip());
                return updated;
            }));
        } catch (OptimisticLockException raced) {
            throw stale(id, expectedVersion);
        }
    }

    ModerationItem find(long id) {
        return items.findById(id).orElseThrow(() -> ModerationProblem.notFound("no moderation item " + id));
    }

    private void append(ModerationItem item, String actor, @Nullable ItemState from, String note) {
        audit.save(new AuditEntry(null, item.id(), item.siteHost(), actor, clock.instant(), from, item.state(), note));
    }

    private void notifyListeners(String host) {
        for (ListingChangeListener listener : listeners) {
            try {
                listener.listingsChanged(host);
            } catch (RuntimeException e) {
                LOG.error("re-indexing {} after a moderation decision failed; the decision stands", host, e);
            }
        }
    }

    /** Red flags first: a flagged site with a low trust score comes before a borderline one. */
    static int priority(Verdict verdict) {
        return (verdict.flagged() ? 100 : 0) + (100 - Math.max(0, Math.min(100, verdict.trustScore())));
    }

    private static void requireReason(String text, String parameter) {
        if (text == null || text.isBlank()) {
            throw ModerationProblem.badRequest(parameter + " is required");
        }
        if (text.length() > MAX_REASON) {
            throw ModerationProblem.badRequest(parameter + " must be at most " + MAX_REASON + " characters");
        }
    }

    private ModerationProblem stale(long id, long sent) {
        return stale(id, sent, find(id));
    }

    private static ModerationProblem stale(long id, long sent, ModerationItem current) {
        String who = current.decidedBy() != null ? current.decidedBy() : current.claimedBy();
        return ModerationProblem.conflict("item " + id + " changed since you loaded it (you sent version " + sent
                + ", it is now version " + current.version() + ", state " + current.state().id()
                + (who == null ? "" : ", last touched by " + who) + "): reload it and decide again");
    }
}
