package org.clinicverify.partner;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.micronaut.core.annotation.Nullable;

/** An issued key as the rest of the package sees it (never holds the plain key). */
public record PartnerKey(long id, String name, String prefix, KeyKind kind, List<String> allowedOrigins,
                         Set<Scope> scopes, String plan, Instant createdAt, @Nullable Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean allowsOrigin(@Nullable String origin) {
        return origin != null && allowedOrigins.contains(origin);
    }
}
