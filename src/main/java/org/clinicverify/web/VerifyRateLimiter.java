package org.clinicverify.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Singleton;

/**
 * Fixed one-minute windows per client IP for site checks that queue an assessment
 * ({@code clinicverify.web.verify-requests-per-minute}). At most {@link #MAX_TRACKED} addresses are
 * tracked; past that, expired windows are dropped first and, if still full, everything is reset
 * (a burst of distinct addresses then costs at most one extra window each).
 */
@Singleton
final class VerifyRateLimiter {

    static final int MAX_TRACKED = 50_000;
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Clock clock;
    private final int perMinute;
    private final Map<String, Window> windows = new HashMap<>();

    VerifyRateLimiter(Clock clock, WebSettings settings) {
        this.clock = clock;
        this.perMinute = settings.verifyRequestsPerMinute();
    }

    private record Window(Instant start, int count) {
    }

    /** Counts one request from {@code client}; false when it is over the limit. */
    synchronized boolean tryAcquire(String client) {
        Instant now = clock.instant();
        Window window = windows.get(client);
        if (window == null || !now.isBefore(window.start().plus(WINDOW))) {
            if (window == null && windows.size() >= MAX_TRACKED) {
                windows.values().removeIf(w -> !now.isBefore(w.start().plus(WINDOW)));
                if (windows.size() >= MAX_TRACKED) {
                    windows.clear();
                }
            }
            windows.put(client, new Window(now, 1));
            return true;
        }
        if (window.count() >= perMinute) {
            return false;
        }
        windows.put(client, new Window(window.start(), window.count() + 1));
        return true;
    }
}
