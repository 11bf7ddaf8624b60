package org.clinicverify.moderation;

import java.time.Instant;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.clinicverify.directory.Listing;

/**
 * Applies a moderator's decision to the listings of a site (the database is the source of truth). A
 * decision also ends a hold for review.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ListingFlags extends GenericRepository<Listing, Long> {

    @Query("UPDATE listing SET flagged = :flagged, under_review = FALSE, updated_at = :at WHERE site_host = :siteHost")
    long updateFlagged(String siteHost, boolean flagged, Instant at);
}
