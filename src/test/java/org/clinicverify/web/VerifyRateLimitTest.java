package org.clinicverify.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The per-IP window of unknown-site checks, driven by a controllable clock. */
class VerifyRateLimitTest {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-22T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovableClock clock = new MovableClock();
    final VerifyRateLimiter limiter = new VerifyRateLimiter(clock, new WebSettings(50, 500, 20, 2, null, null));

    @Test
    void refusesTheThirdRequestWithinAMinute() {
        limiter.tryAcquire("10.0.0.1");
        limiter.tryAcquire("10.0.0.1");

        assertFalse(limiter.tryAcquire("10.0.0.1"));
    }

    @Test
    void countsEachAddressSeparately() {
        limiter.tryAcquire("10.0.0.1");
        limiter.tryAcquire("10.0.0.1");

        assertTrue(limiter.tryAcquire("10.0.0.2"));
    }

    @Test
    void allowsAgainAfterTheWindow() {
        limiter.tryAcquire("10.0.0.1");
        limiter.tryAcquire("10.0.0.1");
        clock.now = clock.now.plus(Duration.ofSeconds(61));

        assertEquals(true, limiter.tryAcquire("10.0.0.1"));
    }
}
