package org.clinicverify.moderation;

import java.time.Duration;

/** The result of a login attempt. */
sealed interface LoginOutcome {

    record Accepted(UserAccount account) implements LoginOutcome {
    }

    /** Wrong username or password, or a disabled account: deliberately not told apart. */
    record Rejected() implements LoginOutcome {
    }

    /** Too many recent failures for this username from this address. */
    record Throttled(Duration retryAfter) implements LoginOutcome {
    }
}
