package org.clinicverify.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The body of every error answer of the public API: what went wrong and which parameter caused it. */
@Serdeable
public record ApiError(String message, @Nullable String parameter) {
}
