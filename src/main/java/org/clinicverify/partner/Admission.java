package org.clinicverify.partner;

/**
 * The rate limiter's answer for one request. {@code limit} is the burst of the first (the caller's
 * own) bucket, {@code remaining} the tokens left in the emptiest bucket, {@code resetSeconds} how
 * long until every bucket is full again.
 */
sealed interface Admission {

    long limit();

    long remaining();

    long resetSeconds();

    record Admitted(long limit, long remaining, long resetSeconds) implements Admission {
    }

    /** Over a rate or a daily quota; retry after {@code retryAfterSeconds}. */
    record Throttled(long limit, long remaining, long resetSeconds, long retryAfterSeconds, String reason)
            implements Admission {
    }
}
