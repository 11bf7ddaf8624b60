package org.clinicverify.crawl;

import java.net.URI;
import java.time.Instant;

/**
 * What one liveness probe of a site's root came to (see {@link LivenessProber} for the policy).
 * Only {@link Answered} counts as online.
 */
public sealed interface LivenessOutcome {

    /** The URL probed. */
    URI url();

    /** When the probe ended. */
    Instant checkedAt();

    /** True when a server answered for the site (anything but 404, 410 or 451). */
    default boolean online() {
        return this instanceof Answered;
    }

    /** A server answered with a status that means the site is there (2xx, 3xx, 4xx, 5xx but below). */
    record Answered(URI url, int status, Instant checkedAt) implements LivenessOutcome {
    }

    /** The server says the site is gone: 404 Not Found, 410 Gone or 451 Unavailable For Legal Reasons. */
    record Gone(URI url, int status, Instant checkedAt) implements LivenessOutcome {
    }

    /** No answer: DNS failure, connection refused or reset, TLS failure, timeout. */
    record Unreachable(URI url, String reason, Instant checkedAt) implements LivenessOutcome {
    }

    /** Not probed: the SSRF guard refused the address (nothing was sent). */
    record Refused(URI url, String reason, Instant checkedAt) implements LivenessOutcome {
    }
}
