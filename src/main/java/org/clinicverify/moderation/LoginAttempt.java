package org.clinicverify.moderation;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One login attempt; kept in the database so throttling holds across instances. */
@MappedEntity("login_attempt")
record LoginAttempt(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable Long id,
        String username,
        String clientIp,
        boolean succeeded,
        Instant attemptedAt) {
}
