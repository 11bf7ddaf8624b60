package org.clinicverify.moderation;

import java.time.Instant;
import java.util.List;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/**
 * The audit log is append-only: this repository can insert and read, nothing else (a test checks
 * that no update or delete method appears here).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditLog extends GenericRepository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findByItemIdOrderById(long itemId);

    /** Newest first, ids below {@code beforeId}; the {@code any*} switches turn a filter off. */
    @Query("""
            SELECT * FROM audit_log
            WHERE (:anyItem OR item_id = :itemId) AND (:anyActor OR actor = :actor)
              AND at >= :from AND at < :to AND id < :beforeId
            ORDER BY id DESC LIMIT :limit""")
    List<AuditEntry> search(boolean anyItem, long itemId, boolean anyActor, String actor,
                            Instant from, Instant to, long beforeId, int limit);
}
