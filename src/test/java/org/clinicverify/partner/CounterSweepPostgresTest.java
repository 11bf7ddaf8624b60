package org.clinicverify.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.clinicverify.testsupport.TestApp;
import org.clinicverify.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The housekeeping of rate-limit rows on the real PostgreSQL: what goes, what stays, and that nothing changes for callers. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CounterSweepPostgresTest implements TestPropertyProvider {

    private String databaseUrl;

    @Inject
    CounterSweep sweep;

    @Inject
    SharedCounters counters;

    @Inject
    Plans plans;

    @Inject
    Clock clock;

    @Override
    public @NonNull Map<String, String> getProperties() {
        Map<String, Object> properties = TestApp.withPostgres("sweep");
        properties.putAll(PartnerTestPlans.properties());
        databaseUrl = (String) properties.get("datasources.default.url");
        return TestApp.asStrings(properties);
    }

    @Test
    void anEmptiedBucketIdleForLongIsDeletedAndTheCallerFindsItFullAgain() throws SQLException {
        Instant now = clock.instant();
        bucket("ip:203.0.113.1", 0, now.minus(Duration.ofDays(30)));
        bucket("ip:203.0.113.2", 0.5, now.minus(Duration.ofMinutes(1)));

        CounterSweep.Swept swept = sweep.sweep(now);

        assertEquals(List.of("ip:203.0.113.2"), bucketKeys());
        assertEquals(1, swept.buckets());
        Plan tight = plans.find("tight").orElseThrow();
        Admission again = counters.admit(List.of(new Limit("ip:203.0.113.1", tight)), null);
        assertEquals(Admission.Admitted.class, again.getClass());
        assertEquals(tight.burst() - 1, again.remaining(), "a deleted bucket starts full, as the idle one was");
        Admission recent = counters.admit(List.of(new Limit("ip:203.0.113.2", tight)), null);
        assertEquals(Admission.Throttled.class, recent.getClass(), "the recently emptied bucket kept its state");
    }

    @Test
    void quotaCountersOfYesterdayAndTodayStayOlderOnesGo() throws SQLException {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        quota("key:7", today.minusDays(2));
        quota("key:7", today.minusDays(1));
        quota("key:7", today);

        sweep.sweep(now);

        assertEquals(List.of(today.minusDays(1), today), quotaDays("key:7"));
    }

    private void bucket(String key, double tokens, Instant refilledAt) throws SQLException {
        try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO rate_bucket (bucket_key, tokens, refilled_at) VALUES (?, ?, ?)")) {
            insert.setString(1, key);
            insert.setDouble(2, tokens);
            insert.setLong(3, refilledAt.toEpochMilli());
            insert.executeUpdate();
        }
    }

    private void quota(String subject, LocalDate day) throws SQLException {
        try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO quota_counter (subject, quota_day, used) VALUES (?, ?, 3)")) {
            insert.setString(1, subject);
            insert.setObject(2, day);
            insert.executeUpdate();
        }
    }

    private List<String> bucketKeys() throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Connection connection = connect(); ResultSet rows = connection.createStatement()
                .executeQuery("SELECT bucket_key FROM rate_bucket WHERE bucket_key LIKE 'ip:203.0.113.%' ORDER BY bucket_key")) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
        return keys;
    }

    private List<LocalDate> quotaDays(String subject) throws SQLException {
        List<LocalDate> days = new ArrayList<>();
        try (Connection connection = connect(); PreparedStatement select = connection.prepareStatement(
                "SELECT quota_day FROM quota_counter WHERE subject = ? ORDER BY quota_day")) {
            select.setString(1, subject);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    days.add(rows.getObject(1, LocalDate.class));
                }
            }
        }
        return days;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(databaseUrl, TestPostgres.user(), "");
    }
}
