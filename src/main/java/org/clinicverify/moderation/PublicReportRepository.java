package org.clinicverify.moderation;

import java.time.Instant;
import java.util.List;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PublicReportRepository extends GenericRepository<PublicReport, Long> {

    PublicReport save(PublicReport report);

    long countByClientIpAndCreatedAtGreaterThan(String clientIp, Instant since);

    List<PublicReport> findTop20BySiteHostOrderByIdDesc(String siteHost);
}
