package org.clinicverify;

import java.time.Clock;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

/** The one clock of the app; tests replace it with a fixed or stepping clock. */
@Factory
final class ClockFactory {

    @Singleton
    @Secondary
    Clock systemClock() {
        return Clock.systemUTC();
    }
}
