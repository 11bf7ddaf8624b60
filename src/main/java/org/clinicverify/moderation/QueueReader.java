package org.clinicverify.moderation;

import java.time.Instant;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.clinicverify.directory.Listing;
import org.clinicverify.directory.ListingRepository;
import org.clinicverify.score.Signal;
import org.clinicverify.score.Verdict;

/** Read side of the console and API: queue pages, item evidence, the audit trail. */
@Singleton
class QueueReader {

    static final int MAX_PAGE = 100;

    private final ModerationItemRepository items;
    private final AuditLog audit;
    private final PublicReportRepository reports;
    private final ListingRepository listings;
    private final SnapshotSource snapshots;
    private final ObjectMapper json;
    private final ModerationSettings settings;

    QueueReader(ModerationItemRepository items, AuditLog audit, PublicReportRepository reports,
                ListingRepository listings, SnapshotSource snapshots, ObjectMapper json, ModerationSettings settings) {
        this.items = items;
        this.audit = audit;
        this.reports = reports;
        this.listings = listings;
        this.snapshots = snapshots;
        this.json = json;
        this.settings = settings;
    }

    @Serdeable
    record QueuePage(List<ItemView> items, @Nullable String nextCursor) {
    }

    @Serdeable
    record ListingEvidence(long id, String name, @Nullable String city, @Nullable String region,
                           @Nullable String category, boolean flagged, @Nullable Integer trustScore,
                           @Nullable String scorerVersion, @Nullable Instant lastCrawledAt,
                           List<Signal> signals, List<String> badges, @Nullable String verdictProblem) {
    }

    @Serdeable
    record ReportView(ReportKind kind, String message, Instant createdAt) {
    }

    @Serdeable
    record ItemDetail(ItemView item, List<ListingEvidence> listings, List<SafeSnapshot> snapshots,
                      List<ReportView> reports, List<AuditEntry> history) {
    }

    @Serdeable
    record AuditPage(List<AuditEntry> entries, @Nullable String nextCursor) {
    }

    /** Highest priority first; the cursor is "priority:id" of the last item of the previous page. */
    QueuePage queue(@Nullable ItemState state, @Nullable String cursor, int limit) {
        int size = clampLimit(limit);
        int priority = Integer.MAX_VALUE;
        long afterId = 0;
        if (cursor != null && !cursor.isBlank()) {
            String[] parts = cursor.split(":");
            try {
                priority = Integer.parseInt(parts[0]);
                afterId = Long.parseLong(parts[1]);
            } catch (RuntimeException e) {
                throw ModerationProblem.badRequest("cursor must be the nextCursor of a previous page");
            }
        }
        List<ModerationItem> page = state == null ? items.pageAll(priority, afterId, size)
                : items.pageInState(state, priority, afterId, size);
        String next = page.size() < size ? null
                : page.get(page.size() - 1).priority() + ":" + page.get(page.size() - 1).id();
        return new QueuePage(page.stream().map(ItemView::of).toList(), next);
    }

    ItemDetail detail(ModerationItem item) {
        List<ListingEvidence> evidence = listings.findBySiteHostOrderById(item.siteHost()).stream()
                .map(this::evidence).toList();
        List<SafeSnapshot> pages = snapshots.latestPages(item.siteHost()).stream().limit(settings.snapshotPages())
                .map(page -> SafeSnapshot.of(page, settings.snapshotMaxBytes())).toList();
        List<ReportView> submitted = reports.findTop20BySiteHostOrderByIdDesc(item.siteHost()).stream()
                .map(report -> new ReportView(report.kind(), report.message(), report.createdAt())).toList();
        return new ItemDetail(ItemView.of(item), evidence, pages, submitted, audit.findByItemIdOrderById(item.id()));
    }

    AuditPage audit(@Nullable Long itemId, @Nullable String moderator, @Nullable Instant from, @Nullable Instant to,
                    @Nullable Long before, int limit) {
        int size = clampLimit(limit);
        List<AuditEntry> entries = audit.search(itemId == null, itemId == null ? 0 : itemId,
                moderator == null || moderator.isBlank(), moderator == null ? "" : moderator,
                from == null ? Instant.EPOCH : from, to == null ? Instant.parse("9999-12-31T00:00:00Z") : to,
                before == null ? Long.MAX_VALUE : before, size);
        String next = entries.size() < size ? null : String.valueOf(entries.get(entries.size() - 1).id());
        return new AuditPage(entries, next);
    }

    private ListingEvidence evidence(Listing listing) {
        List<Signal> signals = List.of();
        List<String> badges = List.of();
        String problem = null;
        if (listing.verdictJson() != null && !listing.verdictJson().isBlank()) {
            try {
                Verdict verdict = json.readValue(listing.verdictJson(), Verdict.class);
                signals = verdict.signals() == null ? List.of() : verdict.signals();
                badges = verdict.badges() == null ? List.of() : verdict.badges();
            } catch (java.io.IOException | RuntimeException e) {
                problem = "stored verdict could not be read: " + e.getMessage();
            }
        }
        return new ListingEvidence(listing.id(), listing.name(), listing.city(), listing.region(), listing.category(),
                listing.flagged(), listing.trustScore(), listing.scorerVersion(), listing.lastCrawledAt(), signals,
                badges, problem);
    }

    private static int clampLimit(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw ModerationProblem.badRequest("limit must be between 1 and " + MAX_PAGE);
        }
        return limit;
    }
}
