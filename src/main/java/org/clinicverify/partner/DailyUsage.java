package org.clinicverify.partner;

import java.time.LocalDate;

import io.micronaut.serde.annotation.Serdeable;

/** One key's usage on one UTC day. */
@Serdeable
public record DailyUsage(LocalDate day, long requests, long errors, long throttled) {
}
