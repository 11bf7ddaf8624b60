package org.clinicverify.partner;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code api_key} (see V6__partner.sql); mapped to {@link PartnerKey} before use. */
@MappedEntity("api_key")
record ApiKeyRow(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        String prefix,
        String secretHash,
        KeyKind kind,
        String allowedOrigins,
        String scopes,
        String plan,
        Instant createdAt,
        @Nullable Instant revokedAt) {
}
