package org.clinicverify.moderation;

import java.time.Instant;

/** One stored page of a site as the crawler fetched it, for the evidence view. */
public record PageSnapshot(String url, Instant fetchedAt, String contentType, byte[] body) {
}
