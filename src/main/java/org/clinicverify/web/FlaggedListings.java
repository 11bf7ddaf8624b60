package org.clinicverify.web;

import java.time.Instant;
import java.util.List;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.clinicverify.directory.Listing;

/**
 * Listings of sites that moderators confirmed as sellers (the scorer's flag alone is not enough for
 * this public list), in (updated_at, id) order, keyset-paged.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface FlaggedListings extends GenericRepository<Listing, Long> {

    @Query("SELECT l.* FROM listing l JOIN moderation_item m ON m.site_host = l.site_host"
            + " WHERE m.state IN ('confirmed_rogue', 'confirmed_unapproved') AND l.flagged = TRUE"
            + " AND l.updated_at IS NOT NULL AND l.updated_at >= :since"
            + " AND (l.updated_at > :afterTime OR (l.updated_at = :afterTime AND l.id > :afterId))"
            + " ORDER BY l.updated_at, l.id LIMIT :limit")
    List<Listing> page(Instant since, Instant afterTime, long afterId, int limit);
}
