package org.clinicverify.moderation;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Context;

/**
 * Prometheus figures of the workflow: {@code moderation_queue_size} (open items, read from the
 * database at scrape time, so every instance reports the same), {@code moderation_decisions_total}
 * by outcome, and {@code moderation_time_to_decision_seconds} with its median.
 */
@Context
class ModerationMetrics {

    private final MeterRegistry registry;
    private final Timer timeToDecision;

    ModerationMetrics(MeterRegistry registry, ModerationItemRepository items) {
        this.registry = registry;
        Gauge.builder("moderation.queue.size", items, ModerationItemRepository::countOpen)
                .description("Review items pending or waiting for information")
                .register(registry);
        this.timeToDecision = Timer.builder("moderation.time.to.decision")
                .description("From opening an item to its final decision")
                .publishPercentiles(0.5)
                .register(registry);
    }

    void decided(ItemState outcome, Duration sinceOpened, boolean wasOpen) {
        Counter.builder("moderation.decisions").description("Moderator decisions by outcome")
                .tag("outcome", outcome.id()).register(registry).increment();
        if (wasOpen && !outcome.isOpen() && !sinceOpened.isNegative()) {
            timeToDecision.record(sinceOpened);
        }
    }
}
