package org.clinicverify.moderation;

import java.time.Clock;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

/** The system clock in UTC, unless the application (or a test) provides another {@link Clock}. */
@Factory
final class ModerationClock {

    @Singleton
    @Secondary
    Clock systemClock() {
        return Clock.systemUTC();
    }
}
