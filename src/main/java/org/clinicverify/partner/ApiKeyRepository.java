package org.clinicverify.partner;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ApiKeyRepository extends CrudRepository<ApiKeyRow, Long> {

    Optional<ApiKeyRow> findBySecretHash(String secretHash);

    List<ApiKeyRow> findByKindAndRevokedAtIsNull(KeyKind kind);

    List<ApiKeyRow> findAllOrderById();

    void updateRevokedAt(@Id Long id, Instant revokedAt);
}
