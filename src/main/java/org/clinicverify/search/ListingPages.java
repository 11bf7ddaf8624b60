package org.clinicverify.search;

import java.util.List;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.clinicverify.directory.Listing;

/** Keyset-paged reads of listings for rebuilding the index (no OFFSET: stable and cheap on big tables). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ListingPages extends GenericRepository<Listing, Long> {

    @Query("SELECT * FROM listing WHERE id > :afterId ORDER BY id LIMIT :limit")
    List<Listing> pageAfter(long afterId, int limit);
}
