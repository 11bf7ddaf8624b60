package org.clinicverify.moderation;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/** A "report a site" or an appeal from the public form. The client address feeds the rate limit. */
@Serdeable
@MappedEntity("public_report")
record PublicReport(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable Long id,
        String siteHost,
        ReportKind kind,
        String message,
        @Nullable String contact,
        String clientIp,
        Instant createdAt) {
}
