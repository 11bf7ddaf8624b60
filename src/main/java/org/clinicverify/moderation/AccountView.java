package org.clinicverify.moderation;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An account as the admin API shows it (never the hash). */
@Serdeable
public record AccountView(String username, Role role, boolean enabled, Instant createdAt, @Nullable Instant disabledAt) {

    static AccountView of(UserAccount account) {
        return new AccountView(account.username(), account.role(), account.enabled(), account.createdAt(),
                account.disabledAt());
    }
}
