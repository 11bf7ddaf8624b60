package org.clinicverify.moderation;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A moderator or admin account; the password is stored only as a bcrypt hash. */
@MappedEntity("moderation_user")
record UserAccount(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable Long id,
        @NotBlank @Size(max = 64) String username,
        @NotBlank String passwordHash,
        @NotNull Role role,
        boolean enabled,
        @NotNull Instant createdAt,
        @Nullable Instant disabledAt) {

    UserAccount withEnabled(boolean value, Instant at) {
        return new UserAccount(id, username, passwordHash, role, value, createdAt, value ? null : at);
    }
}
