package org.clinicverify.partner;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A rate plan, {@code clinicverify.partner.plans.<name>}: a token bucket refilled at
 * {@code rate-per-second} holding at most {@code burst} tokens (one token per request), and a
 * {@code daily-quota} of requests per UTC day (0: no daily quota).
 */
@EachProperty("clinicverify.partner.plans")
public record Plan(@Parameter String name,
                   @Positive double ratePerSecond,
                   @Positive int burst,
                   @PositiveOrZero long dailyQuota) {
}
