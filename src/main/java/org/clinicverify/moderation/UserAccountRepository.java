package org.clinicverify.moderation;

import java.util.List;
import java.util.Optional;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserAccountRepository extends GenericRepository<UserAccount, Long> {

    UserAccount save(UserAccount account);

    UserAccount update(UserAccount account);

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    List<UserAccount> findAllOrderByUsername();
}
