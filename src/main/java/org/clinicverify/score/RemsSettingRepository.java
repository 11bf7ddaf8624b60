package org.clinicverify.score;

import java.util.List;
import java.util.Optional;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RemsSettingRepository extends CrudRepository<RemsSetting, Long> {

    Optional<RemsSetting> findByCertificationId(String certificationId);

    List<RemsSetting> findAllOrderByCertificationId();
}
