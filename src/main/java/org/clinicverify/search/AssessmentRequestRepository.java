package org.clinicverify.search;

import java.util.List;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** The queue of sites waiting for assessment. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AssessmentRequestRepository extends CrudRepository<AssessmentRequest, Long> {

    boolean existsBySiteHostAndStatus(String siteHost, String status);

    List<AssessmentRequest> findByStatusOrderById(String status);
}
