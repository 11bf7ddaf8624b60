package org.clinicverify.moderation;

import java.time.Instant;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface LoginAttemptRepository extends GenericRepository<LoginAttempt, Long> {

    LoginAttempt save(LoginAttempt attempt);

    /** Failures for this username and address since {@code since} that no later success cleared. */
    @Query("""
            SELECT COUNT(*) FROM login_attempt f
            WHERE f.username = :username AND f.client_ip = :clientIp AND f.succeeded = FALSE
              AND f.attempted_at > :since
              AND NOT EXISTS (SELECT 1 FROM login_attempt s
                              WHERE s.username = f.username AND s.client_ip = f.client_ip
                                AND s.succeeded = TRUE AND s.attempted_at >= f.attempted_at)""")
    long countRecentFailures(String username, String clientIp, Instant since);

    /** Deletes attempts before {@code before}; see {@link LoginAttemptSweep}. */
    @Query("DELETE FROM login_attempt WHERE attempted_at < :before")
    int deleteAttemptedBefore(Instant before);
}
