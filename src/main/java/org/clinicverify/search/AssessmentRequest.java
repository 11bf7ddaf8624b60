package org.clinicverify.search;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A site someone asked about that the directory does not know yet, queued for the scorer
 * (table {@code assessment_request}, V4__search.sql). {@code status}: queued, then done or failed.
 */
@MappedEntity("assessment_request")
public record AssessmentRequest(@Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable Long id,
                                @NotBlank @Size(max = 2048) String url,
                                @NotBlank @Size(max = 253) String siteHost,
                                @Nullable @Size(max = 64) String clientIp,
                                @NotBlank String status,
                                Instant requestedAt) {

    public static final String QUEUED = "queued";
}
