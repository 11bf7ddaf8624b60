package org.clinicverify.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** Review items. No delete path: an item is reopened or decided, never removed. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ModerationItemRepository extends GenericRepository<ModerationItem, Long> {

    ModerationItem save(ModerationItem item);

    /** Checks and increments {@code version}; throws OptimisticLockException when it moved on. */
    ModerationItem update(ModerationItem item);

    Optional<ModerationItem> findById(Long id);

    /**
     * Records a liveness recheck without touching {@code version}: it is an observation, not a change
     * of the review, so a moderator who loaded the item before the recheck can still decide it.
     * {@code seenOnlineAt} is null when the site did not answer (the last sighting stays).
     */
    @Query("""
            UPDATE moderation_item
            SET online = :online, liveness_checked_at = :checkedAt,
                last_seen_online_at = COALESCE(:seenOnlineAt, last_seen_online_at)
            WHERE site_host = :siteHost""")
    int recordLiveness(String siteHost, boolean online, Instant checkedAt, @Nullable Instant seenOnlineAt);

    Optional<ModerationItem> findBySiteHost(String siteHost);

    List<ModerationItem> findByStateOrderBySiteHost(ItemState state);

    /** The queue in one state, highest priority first, after the cursor (priority, id). */
    @Query("""
            SELECT * FROM moderation_item
            WHERE state = :state AND (priority < :priority OR (priority = :priority AND id > :afterId))
            ORDER BY priority DESC, id ASC LIMIT :limit""")
    List<ModerationItem> pageInState(ItemState state, int priority, long afterId, int limit);

    @Query("""
            SELECT * FROM moderation_item
            WHERE (priority < :priority OR (priority = :priority AND id > :afterId))
            ORDER BY priority DESC, id ASC LIMIT :limit""")
    List<ModerationItem> pageAll(int priority, long afterId, int limit);

    @Query("SELECT COUNT(*) FROM moderation_item WHERE state IN ('pending_review', 'needs_info')")
    long countOpen();
}
