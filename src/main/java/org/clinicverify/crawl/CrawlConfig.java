package org.clinicverify.crawl;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One crawl, as described by a YAML file under {@code crawler-config/} (see {@link CrawlConfigLoader}
 * for the keys and their defaults).
 *
 * @param source                where the configuration came from (named in error messages)
 * @param name                  names the crawl's share of the frontier (defaults to the file name); two
 *                              configurations with one name continue each other's crawl
 * @param seeds                 start URLs; {@code demo:<site-id>} or {@code demo:*} name bundled demo sites
 * @param sitemaps              sitemap URLs fetched at the start (robots.txt Sitemap lines are added per host)
 * @param allowedHosts          hosts the crawl may enter; empty means the hosts of the seeds and sitemaps
 * @param allowPatterns         if not empty, a URL must match one of them
 * @param denyPatterns          a URL matching one of them is never queued
 * @param maxDepth              links followed from a seed (seed = 0)
 * @param maxPagesPerHost       URLs queued per host, at most
 * @param userAgent             product token sent and matched against robots.txt groups
 * @param contactUrl            appended to the User-Agent so site owners can reach us
 * @param delay                 pause between two requests to one host
 * @param obeyCrawlDelay        honour robots.txt Crawl-delay when it is longer than {@code delay}
 * @param maxCrawlDelay         a longer robots.txt Crawl-delay skips the host rather than stalling
 * @param connectTimeout        TCP/TLS connect limit
 * @param fetchTimeout          whole-response limit; a slower page is cut at what arrived
 * @param maxPageBytes          body size cap; a bigger page is cut
 * @param maxRedirects          redirect hops followed per URL
 * @param recrawlInterval       a fetched URL becomes due again after this long (conditional GET)
 * @param allowLoopback         allow 127.0.0.0/8 and ::1 (the bundled demo web, local tests)
 * @param allowPrivateAddresses allow private, link-local, CGNAT and ULA targets (never cloud metadata)
 * @param workers               fetch threads; each works one host at a time
 * @param maxActiveHosts        hosts this process leases at once (a worker serves whichever leased host
 *                              is due next); the politeness ceiling is this many hosts / delay
 * @param lease                 how long a claim on a URL or host lives before another process may take it
 * @param contentTypes          media types kept (others are recorded as skipped)
 * @param maxOutlinksPerPage    links taken from one page, at most
 * @param robotsRetry           wait before retrying a host whose robots.txt was unreachable or 5xx
 * @param maxWait               the crawl ends when nothing is due within this horizon
 */
public record CrawlConfig(Path source,
                          String name,
                          List<String> seeds,
                          List<String> sitemaps,
                          List<String> allowedHosts,
                          List<Pattern> allowPatterns,
                          List<Pattern> denyPatterns,
                          int maxDepth,
                          int maxPagesPerHost,
                          String userAgent,
                          String contactUrl,
                          Duration delay,
                          boolean obeyCrawlDelay,
                          Duration maxCrawlDelay,
                          Duration connectTimeout,
                          Duration fetchTimeout,
                          long maxPageBytes,
                          int maxRedirects,
                          Duration recrawlInterval,
                          boolean allowLoopback,
                          boolean allowPrivateAddresses,
                          int workers,
                          int maxActiveHosts,
                          Duration lease,
                          List<String> contentTypes,
                          int maxOutlinksPerPage,
                          Duration robotsRetry,
                          Duration maxWait) {

    /** The User-Agent header: product token plus contact URL, as robots.txt etiquette asks. */
    public String userAgentHeader() {
        return contactUrl.isBlank() ? userAgent : userAgent + " (+" + contactUrl + ")";
    }

    /** The robots.txt product token: the User-Agent up to the first slash or space. */
    public String robotsAgentName() {
        return userAgent.split("[/\\s]")[0];
    }

    /** Same crawl with other seeds (demo seeds resolved to real URLs). */
    public CrawlConfig withSeeds(List<String> resolvedSeeds, List<String> resolvedSitemaps) {
        return new CrawlConfig(source, name, resolvedSeeds, resolvedSitemaps, allowedHosts, allowPatterns,
                denyPatterns, maxDepth, maxPagesPerHost, userAgent, contactUrl, delay, obeyCrawlDelay,
                maxCrawlDelay, connectTimeout, fetchTimeout, maxPageBytes, maxRedirects, recrawlInterval,
                allowLoopback, allowPrivateAddresses, workers, maxActiveHosts, lease, contentTypes, maxOutlinksPerPage, robotsRetry, maxWait);
    }

    /**
     * Same crawl identity (user agent, contact) with other network limits: used by the liveness probe,
     * which needs short timeouts, a small body cap and its own SSRF allowance.
     */
    CrawlConfig withNetworkLimits(Duration timeout, long bodyBytes, boolean allowLoopbackAndPrivate) {
        return new CrawlConfig(source, name, seeds, sitemaps, allowedHosts, allowPatterns,
                denyPatterns, maxDepth, maxPagesPerHost, userAgent, contactUrl, delay, obeyCrawlDelay,
                maxCrawlDelay, timeout, timeout, bodyBytes, 0, recrawlInterval,
                allowLoopbackAndPrivate, allowLoopbackAndPrivate, workers, maxActiveHosts, lease, contentTypes, maxOutlinksPerPage,
                robotsRetry, maxWait);
    }
}
