package org.clinicverify.partner;

import java.time.Clock;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * The UTC system clock unless another feature (or a test) provides a {@link Clock}. Same as search's
 * ClockFactory; when both branches are merged, keep one.
 */
@Factory
class PartnerClockFactory {

    @Singleton
    @Requires(missingBeans = Clock.class)
    Clock systemClock() {
        return Clock.systemUTC();
    }
}
