package org.clinicverify.moderation;

import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Limits of the moderation workflow ({@code clinicverify.moderation.*}).
 *
 * @param loginMaxFailures     failed logins per username and client address before login is refused
 * @param loginWindow          how far back failures count (and how long a throttled pair waits)
 * @param loginAttemptRetention how long login attempts are kept (at least {@code loginWindow})
 * @param reportsPerAddress    public reports or appeals accepted per client address per window
 * @param reportWindow         the window of that rate limit
 * @param claimTimeout         after this a claim by someone else no longer blocks a new claim
 * @param fingerprintThreshold simhash bits that must differ before a dismissed site returns to review
 * @param bcryptStrength       bcrypt cost factor (log2 rounds) for new password hashes
 * @param snapshotPages        stored pages shown in the evidence view
 * @param snapshotMaxBytes     bytes of one stored page rendered in the evidence view
 */
@ConfigurationProperties("clinicverify.moderation")
public record ModerationSettings(
        @Min(1) int loginMaxFailures,
        @NotNull Duration loginWindow,
        @Bindable(defaultValue = "7d") @NotNull Duration loginAttemptRetention,
        @Min(1) int reportsPerAddress,
        @NotNull Duration reportWindow,
        @NotNull Duration claimTimeout,
        @Min(0) @Max(64) int fingerprintThreshold,
        @Min(4) @Max(31) int bcryptStrength,
        @Min(0) int snapshotPages,
        @Min(1024) int snapshotMaxBytes) {
}
