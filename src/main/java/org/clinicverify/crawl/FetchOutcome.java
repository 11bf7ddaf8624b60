package org.clinicverify.crawl;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** What fetching one URL came to; every way it can go is a case, none is an exception or a null. */
public sealed interface FetchOutcome {

    /** A 2xx page (possibly cut at the size or time limit). */
    record Fetched(FetchedPage page, boolean truncated) implements FetchOutcome {
    }

    /** 304 on a conditional GET: what we stored is still current. */
    record NotModified(URI url) implements FetchOutcome {
    }

    /** A redirect to another host: queued there (that host's robots.txt and pacing apply). */
    record RedirectedAway(URI target) implements FetchOutcome {
    }

    /** An HTTP error status; {@code retryAfter} from a Retry-After header on 429/503. */
    record HttpError(int status, Optional<Duration> retryAfter) implements FetchOutcome {
        boolean retryable() {
            return status == 429 || status >= 500;
        }
    }

    /** Not kept: content type outside the configured list. */
    record Skipped(String reason) implements FetchOutcome {
    }

    /** Refused by the SSRF guard or by robots.txt on a redirect hop. */
    record Refused(String reason) implements FetchOutcome {
    }

    /** Network error or timeout before headers (retryable), redirect loop or too many redirects (not). */
    record Failed(String reason, boolean retryable) implements FetchOutcome {
    }
}
