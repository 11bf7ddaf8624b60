package org.clinicverify.directory;

import java.util.List;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/**
 * Listings in the database. Compiled for PostgreSQL; the embedded H2 runs in PostgreSQL mode so the
 * same generated SQL works on both.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ListingRepository extends CrudRepository<Listing, Long> {

    List<Listing> findBySiteHostOrderById(String siteHost);
}
