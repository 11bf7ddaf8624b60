package org.clinicverify.partner;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

/**
 * Token buckets, daily quotas and usage counters in the database, so every instance behind a load
 * balancer charges the same counters. One request is one transaction: make sure each row exists
 * ({@code INSERT ... ON CONFLICT DO NOTHING}), lock it ({@code SELECT ... FOR UPDATE}, rows taken in
 * subject order so two requests never wait on each other in a cycle), refill and charge in Java,
 * write back. A concurrent request on another instance waits for the lock and then sees the spent
 * token. Refill uses this instance's clock but never moves a bucket's time backwards, so a slightly
 * skewed instance cannot mint tokens.
 */
@Singleton
final class SharedCounters {

    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    SharedCounters(TransactionOperations<Connection> transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Charges one request to every limit (all or nothing), and counts it for the key if there is one.
     * The first limit is the caller's own and sets RateLimit-Limit.
     */
    Admission admit(List<Limit> limits, Long keyId) {
        Instant now = clock.instant();
        return transactions.executeWrite(status -> charge(status.getConnection(), limits, keyId, now));
    }

    /** Counts a response with status 400 or above (other than 429) against the key's usage. */
    void countError(long keyId) {
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        transactions.executeWrite(status -> {
            bumpUsage(status.getConnection(), keyId, day, 0, 1, 0);
            return null;
        });
    }

    /** Counts a refused request (scope, origin) as a request and an error. */
    void countRefusal(long keyId) {
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        transactions.executeWrite(status -> {
            bumpUsage(status.getConnection(), keyId, day, 1, 1, 0);
            return null;
        });
    }

    /** Usage of a key per UTC day, newest first. */
    List<DailyUsage> usage(long keyId) {
        return transactions.executeRead(status -> {
            List<DailyUsage> days = new ArrayList<>();
            try (PreparedStatement select = status.getConnection().prepareStatement(
                    "SELECT usage_day, requests, errors, throttled FROM api_key_usage WHERE key_id = ? ORDER BY usage_day DESC")) {
                select.setLong(1, keyId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        days.add(new DailyUsage(rows.getObject(1, LocalDate.class), rows.getLong(2), rows.getLong(3),
                                rows.getLong(4)));
                    }
                }
            }
            return days;
        });
    }

    private record Bucket(Limit limit, double tokens, long refilledAt) {
    }

    private static Admission charge(Connection connection, List<Limit> limits, Long keyId, Instant now)
            throws SQLException {
        long nowMillis = now.toEpochMilli();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<Limit> inLockOrder = limits.stream().sorted(Comparator.comparing(Limit::subject)).toList();
        List<Bucket> buckets = new ArrayList<>();
        long retryAfter = 0;
        String reason = null;
        for (Limit limit : inLockOrder) {
            Bucket bucket = refilled(lockBucket(connection, limit, nowMillis), nowMillis);
            buckets.add(bucket);
            if (bucket.tokens() < 1) {
                retryAfter = Math.max(retryAfter, ceilSeconds((1 - bucket.tokens()) / limit.plan().ratePerSecond()));
                reason = "Rate limit of " + limit.plan().ratePerSecond() + " requests per second (burst "
                        + limit.plan().burst() + ") exceeded";
            }
        }
        for (Limit limit : inLockOrder) {
            if (limit.plan().dailyQuota() > 0 && lockQuota(connection, limit.subject(), today) >= limit.plan().dailyQuota()) {
                retryAfter = Math.max(retryAfter, Duration.between(now, today.plusDays(1).atStartOfDay(ZoneOffset.UTC)
                        .toInstant()).toSeconds() + 1);
                reason = "Daily quota of " + limit.plan().dailyQuota() + " requests exceeded";
            }
        }
        boolean admitted = reason == null;
        List<Bucket> after = new ArrayList<>();
        for (Bucket bucket : buckets) {
            Bucket charged = admitted ? new Bucket(bucket.limit(), bucket.tokens() - 1, bucket.refilledAt()) : bucket;
            storeBucket(connection, charged);
            after.add(charged);
        }
        if (admitted) {
            for (Limit limit : inLockOrder) {
                if (limit.plan().dailyQuota() > 0) {
                    spendQuota(connection, limit.subject(), today);
                }
            }
        }
        if (keyId != null) {
            bumpUsage(connection, keyId, today, 1, 0, admitted ? 0 : 1);
        }
        long limitHeader = limits.get(0).plan().burst();
        long remaining = after.stream().mapToLong(b -> (long) Math.floor(Math.max(0, b.tokens()))).min().orElse(0);
        long reset = after.stream().mapToLong(b -> ceilSeconds((b.limit().plan().burst() - b.tokens())
                / b.limit().plan().ratePerSecond())).max().orElse(0);
        return admitted ? new Admission.Admitted(limitHeader, remaining, reset)
                : new Admission.Throttled(limitHeader, remaining, reset, Math.max(1, retryAfter), reason);
    }

    private static Bucket lockBucket(Connection connection, Limit limit, long nowMillis) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO rate_bucket (bucket_key, tokens, refilled_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, limit.subject());
            insert.setDouble(2, limit.plan().burst());
            insert.setLong(3, nowMillis);
            insert.executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT tokens, refilled_at FROM rate_bucket WHERE bucket_key = ? FOR UPDATE")) {
            select.setString(1, limit.subject());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new Bucket(limit, row.getDouble(1), row.getLong(2));
            }
        }
    }

    private static Bucket refilled(Bucket bucket, long nowMillis) {
        long elapsed = Math.max(0, nowMillis - bucket.refilledAt());
        Plan plan = bucket.limit().plan();
        double tokens = Math.min(plan.burst(), bucket.tokens() + elapsed * plan.ratePerSecond() / 1000.0);
        return new Bucket(bucket.limit(), tokens, Math.max(nowMillis, bucket.refilledAt()));
    }

    private static void storeBucket(Connection connection, Bucket bucket) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE rate_bucket SET tokens = ?, refilled_at = ? WHERE bucket_key = ?")) {
            update.setDouble(1, bucket.tokens());
            update.setLong(2, bucket.refilledAt());
            update.setString(3, bucket.limit().subject());
            update.executeUpdate();
        }
    }

    private static long lockQuota(Connection connection, String subject, LocalDate day) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO quota_counter (subject, quota_day, used) VALUES (?, ?, 0) ON CONFLICT DO NOTHING")) {
            insert.setString(1, subject);
            insert.setObject(2, day);
            insert.executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT used FROM quota_counter WHERE subject = ? AND quota_day = ? FOR UPDATE")) {
            select.setString(1, subject);
            select.setObject(2, day);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void spendQuota(Connection connection, String subject, LocalDate day) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE quota_counter SET used = used + 1 WHERE subject = ? AND quota_day = ?")) {
            update.setString(1, subject);
            update.setObject(2, day);
            update.executeUpdate();
        }
    }

    private static void bumpUsage(Connection connection, long keyId, LocalDate day, int requests, int errors,
                                  int throttled) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO api_key_usage (key_id, usage_day) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            insert.setLong(1, keyId);
            insert.setObject(2, day);
            insert.executeUpdate();
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE api_key_usage SET requests = requests + ?,"
                + " errors = errors + ?, throttled = throttled + ? WHERE key_id = ? AND usage_day = ?")) {
            update.setInt(1, requests);
            update.setInt(2, errors);
            update.setInt(3, throttled);
            update.setLong(4, keyId);
            update.setObject(5, day);
            update.executeUpdate();
        }
    }

    private static long ceilSeconds(double seconds) {
        return (long) Math.ceil(Math.max(0, seconds));
    }
}
