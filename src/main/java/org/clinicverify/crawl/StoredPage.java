package org.clinicverify.crawl;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A fetched page as kept in {@code crawl_page}: the evidence behind a listing, re-extractable without
 * a recrawl.
 *
 * @param id           row id
 * @param host         the host key (host, plus port when not the default)
 * @param requestedUrl what the crawler asked for
 * @param finalUrl     where it was found after same-host redirects
 * @param status       HTTP status
 * @param contentType  Content-Type header
 * @param headers      response headers, names in lower case
 * @param body         the bytes as served (decompressed from storage)
 * @param truncated    cut at the size or time limit
 * @param contentHash  SHA-256 of the body, hex
 * @param fetchedAt    when the response arrived
 */
public record StoredPage(long id,
                         String host,
                         URI requestedUrl,
                         URI finalUrl,
                         int status,
                         String contentType,
                         Map<String, List<String>> headers,
                         byte[] body,
                         boolean truncated,
                         String contentHash,
                         Instant fetchedAt) {

    public FetchedPage toFetchedPage() {
        return new FetchedPage(requestedUrl, finalUrl, status, contentType, headers, body, fetchedAt);
    }
}
