package org.clinicverify.partner;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

/**
 * Deletes rate-limit rows that can no longer change an answer, so the tables stay as small as the
 * set of recent callers. A bucket untouched for longer than any plan takes to refill completely is
 * full again, and a missing bucket starts full: deleting it changes nothing. Quota counters of days
 * before yesterday (UTC) are never read again. Usage per key and day is history for admins and stays.
 */
@Singleton
public final class CounterSweep {

    /** Never sweep a bucket younger than this, so short refill times do not make the sweep churn. */
    private static final Duration MIN_BUCKET_IDLE = Duration.ofHours(1);

    private final TransactionOperations<Connection> transactions;
    private final Duration bucketIdle;

    CounterSweep(TransactionOperations<Connection> transactions, List<Plan> plans) {
        this.transactions = transactions;
        this.bucketIdle = plans.stream()
                .map(plan -> Duration.ofMillis((long) Math.ceil(plan.burst() * 1000.0 / plan.ratePerSecond())))
                .reduce(MIN_BUCKET_IDLE, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }

    /** What one sweep deleted. */
    public record Swept(int buckets, int quotaCounters) {
    }

    public Swept sweep(Instant now) {
        long idleBefore = now.minus(bucketIdle).toEpochMilli();
        LocalDate yesterday = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1);
        return transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            int buckets;
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM rate_bucket WHERE refilled_at < ?")) {
                delete.setLong(1, idleBefore);
                buckets = delete.executeUpdate();
            }
            int quotas;
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM quota_counter WHERE quota_day < ?")) {
                delete.setObject(1, yesterday);
                quotas = delete.executeUpdate();
            }
            return new Swept(buckets, quotas);
        });
    }
}
