package org.clinicverify.moderation;

import java.time.Instant;

import jakarta.inject.Singleton;

/**
 * Deletes login attempts older than {@code login-attempt-retention} (never less than the throttling
 * window, which only counts attempts inside it), so the table does not grow with every login forever.
 */
@Singleton
public final class LoginAttemptSweep {

    private final LoginAttemptRepository attempts;
    private final ModerationSettings settings;

    LoginAttemptSweep(LoginAttemptRepository attempts, ModerationSettings settings) {
        this.attempts = attempts;
        this.settings = settings;
    }

    /** Returns how many attempts were deleted. */
    public int sweep(Instant now) {
        var keep = settings.loginAttemptRetention().compareTo(settings.loginWindow()) >= 0
                ? settings.loginAttemptRetention() : settings.loginWindow();
        return attempts.deleteAttemptedBefore(now.minus(keep));
    }
}
