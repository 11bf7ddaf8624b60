package org.clinicverify.crawl;

import java.time.Duration;
import java.util.Map;

/**
 * What a crawl run did.
 *
 * @param fetched      HTTP requests for pages and sitemaps that got a response (any status)
 * @param stored       pages with new or changed content stored and handed to the sink
 * @param notModified  304 answers to conditional GETs
 * @param duplicates   pages whose content another URL of the host already had, or whose canonical is elsewhere
 * @param disallowed   URLs robots.txt did not allow (never requested)
 * @param errors       failures (HTTP errors, network errors, refused addresses) counted per host
 * @param hostsFinished distinct hosts the crawl finished
 * @param elapsed      wall time
 */
public record CrawlReport(long fetched,
                          long stored,
                          long notModified,
                          long duplicates,
                          long disallowed,
                          Map<String, Long> errors,
                          long hostsFinished,
                          Duration elapsed) {

    public long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }
}
