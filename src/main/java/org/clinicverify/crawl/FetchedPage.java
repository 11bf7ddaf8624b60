package org.clinicverify.crawl;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A page as the crawler fetched it: the bytes exactly as served (decoding is the extractor's job,
 * because the charset may only be declared inside the HTML), with the response headers.
 *
 * @param requestedUrl the URL the crawler asked for
 * @param finalUrl     where the page was found after redirects
 * @param status       HTTP status of the final response
 * @param contentType  the Content-Type header, or empty
 * @param headers      response headers, names in lower case
 * @param body         the body, cut at the configured size limit
 * @param fetchedAt    when the response arrived
 */
public record FetchedPage(URI requestedUrl,
                          URI finalUrl,
                          int status,
                          String contentType,
                          Map<String, List<String>> headers,
                          byte[] body,
                          Instant fetchedAt) {

    /** A page handed to us directly (the assess API or command) rather than fetched. */
    public static FetchedPage ofHtml(URI url, String html, Instant at) {
        return new FetchedPage(url, url, 200, "text/html; charset=UTF-8", Map.of(),
                html.getBytes(java.nio.charset.StandardCharsets.UTF_8), at);
    }

    /** The charset named in the Content-Type header, if any. */
    public java.util.Optional<Charset> declaredCharset() {
        int at = contentType.toLowerCase(java.util.Locale.ROOT).indexOf("charset=");
        if (at < 0) {
            return java.util.Optional.empty();
        }
        String name = contentType.substring(at + 8).split("[;\\s]")[0].replace("\"", "");
        try {
            return java.util.Optional.of(Charset.forName(name));
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
