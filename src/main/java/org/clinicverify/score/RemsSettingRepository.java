package org.clinicverify.score;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RemsSettingRepository extends CrudRepository<RemsSetting, Long> {

    Optional<RemsSetting> findByCertificationId(String certificationId);

    List<RemsSetting> findAllOrderByCertificationId();

    /** When the newest row was imported (empty registry: empty). */
    @Query("SELECT MAX(imported_at) FROM rems_setting")
    Optional<Instant> newestImport();
}
