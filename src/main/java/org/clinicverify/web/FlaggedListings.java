package org.clinicverify.web;

import java.time.Instant;
import java.util.List;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.clinicverify.directory.Listing;

/** Flagged listings in (updated_at, id) order, keyset-paged. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface FlaggedListings extends GenericRepository<Listing, Long> {

    @Query("SELECT * FROM listing WHERE flagged = TRUE AND updated_at IS NOT NULL AND updated_at >= :since"
            + " AND (updated_at > :afterTime OR (updated_at = :afterTime AND id > :afterId))"
            + " ORDER BY updated_at, id LIMIT :limit")
    List<Listing> page(Instant since, Instant afterTime, long afterId, int limit);
}
