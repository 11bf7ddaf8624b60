package org.clinicverify.crawl;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

/**
 * robots.txt for one host, by RFC 9309 through crawler-commons' {@link SimpleRobotRulesParser}: the
 * group naming our product token wins over {@code *}; the whole file is read for Sitemap lines.
 *
 * <p>Failure modes (RFC 9309 section 2.3.1): 2xx is parsed; 4xx (no robots.txt) allows everything;
 * 5xx, a network error or a redirect chain longer than five hops is "unreachable": nothing is allowed
 * and the host is retried after the configured {@code robots-retry}. A Crawl-delay above the parser's
 * limit (300 s) comes back as "allow none", which we treat the same way as unreachable.
 */
final class RobotsPolicy {

    private static final int MAX_ROBOTS_REDIRECTS = 5;

    /** The rules of a host, or why they could not be read. */
    sealed interface Result {
        record Rules(BaseRobotRules rules) implements Result {
        }

        record Unreachable(String reason) implements Result {
        }

        /** The SSRF guard refused the host's address: nothing of it will ever be fetched. */
        record Refused(String reason) implements Result {
        }
    }

    private final PageFetcher fetcher;
    private final String agentName;

    RobotsPolicy(PageFetcher fetcher, String agentName) {
        this.fetcher = fetcher;
        this.agentName = agentName;
    }

    Result load(URI anyUrlOfHost) {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        URI current = UrlScope.robotsUrl(anyUrlOfHost);
        for (int hop = 0; hop <= MAX_ROBOTS_REDIRECTS; hop++) {
            PageFetcher.Exchange exchange;
            try {
                exchange = fetcher.exchange(current, PageFetcher.Validators.NONE);
            } catch (AddressGuard.BlockedAddressException e) {
                return new Result.Refused(e.getMessage());
            } catch (IOException e) {
                return new Result.Unreachable("robots.txt unreachable: " + e.getMessage());
            }
            int status = exchange.status();
            if (status >= 300 && status < 400) {
                Optional<URI> next = exchange.location(current);
                if (next.isEmpty()) {
                    return new Result.Rules(parser.failedFetch(404));
                }
                current = next.get();
                continue;
            }
            if (status >= 200 && status < 300) {
                SimpleRobotRules rules = parser.parseContent(current.toString(), exchange.body(),
                        exchange.contentType().isBlank() ? "text/plain" : exchange.contentType(), List.of(agentName));
                return new Result.Rules(rules);
            }
            if (status >= 400 && status < 500) {
                return new Result.Rules(parser.failedFetch(status));
            }
            return new Result.Unreachable("robots.txt answered " + status);
        }
        return new Result.Unreachable("robots.txt redirects more than " + MAX_ROBOTS_REDIRECTS + " times");
    }

    /** The robots.txt Crawl-delay, if the file set one. */
    static Optional<Duration> crawlDelay(BaseRobotRules rules) {
        long delay = rules.getCrawlDelay();
        return delay == BaseRobotRules.UNSET_CRAWL_DELAY || delay < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(delay));
    }
}
