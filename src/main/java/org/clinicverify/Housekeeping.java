package org.clinicverify;

import java.time.Clock;
import java.time.Instant;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.clinicverify.moderation.LoginAttemptSweep;
import org.clinicverify.partner.CounterSweep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes rows that only matter for a while (rate-limit buckets and quotas, login attempts) every
 * {@code clinicverify.housekeeping-interval}. Every instance may run it: the deletes are idempotent.
 */
@Singleton
class Housekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

    private final CounterSweep counters;
    private final LoginAttemptSweep loginAttempts;
    private final Clock clock;

    Housekeeping(CounterSweep counters, LoginAttemptSweep loginAttempts, Clock clock) {
        this.counters = counters;
        this.loginAttempts = loginAttempts;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${clinicverify.housekeeping-interval}", initialDelay = "${clinicverify.housekeeping-interval}")
    void run() {
        Instant now = clock.instant();
        try {
            CounterSweep.Swept swept = counters.sweep(now);
            int attempts = loginAttempts.sweep(now);
            LOG.info("Housekeeping: deleted {} idle rate bucket(s), {} old quota counter(s), {} old login attempt(s)",
                    swept.buckets(), swept.quotaCounters(), attempts);
        } catch (RuntimeException e) {
            // The next run tries again; nothing is lost by waiting.
            LOG.warn("Housekeeping failed, retrying in one interval: {}", e.toString());
        }
    }
}
