package org.clinicverify.crawl;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import jakarta.inject.Singleton;

/**
 * Checks whether a site still answers: one GET of the site's root through the crawler's own HTTP
 * client ({@link PageFetcher}: SSRF-guarded DNS, IP literal check, user agent of the service's crawl
 * configuration {@code clinicverify.crawl.config}).
 *
 * <p>Policy of one probe:
 * <ul>
 *   <li>online ({@link LivenessOutcome.Answered}): DNS resolves and the server answers with any
 *       status but the three below, including 3xx (not followed: the server answering is what counts,
 *       and a redirect elsewhere is still the site's host serving it), 401/403 (a shop behind a wall is
 *       still a shop) and 5xx (a broken origin is still served by its host; it would flap otherwise);</li>
 *   <li>offline, gone ({@link LivenessOutcome.Gone}): 404, 410 or 451 for the root;</li>
 *   <li>offline, unreachable ({@link LivenessOutcome.Unreachable}): DNS failure, connection refused or
 *       reset, TLS failure, or no response headers within the timeout;</li>
 *   <li>offline, refused ({@link LivenessOutcome.Refused}): the name or IP literal is a loopback,
 *       private, link-local or other non-public address and {@link Limits#allowPrivateAddresses} is
 *       off. Nothing is sent. A public site that resolves to a private address is not reachable by
 *       the public, so it is reported offline rather than left unknown.</li>
 * </ul>
 * robots.txt is not read: one request for the root per recheck interval is not crawling. The body
 * is read only up to {@link Limits#maxBodyBytes}, then the connection is dropped.
 */
@Singleton
public final class LivenessProber {

    private static final Set<Integer> GONE = Set.of(404, 410, 451);

    private final CrawlSettings settings;
    private final CrawlConfigLoader loader;
    private final HostResolver resolver;
    private final Clock clock;

    LivenessProber(CrawlSettings settings, CrawlConfigLoader loader, HostResolver resolver, Clock clock) {
        this.settings = settings;
        this.loader = loader;
        this.resolver = resolver;
        this.clock = clock;
    }

    /**
     * Limits of the probes of one session.
     *
     * @param timeout               connect limit, and limit for the whole response
     * @param maxBodyBytes          body bytes read at most before the connection is dropped
     * @param allowPrivateAddresses allow loopback, private, link-local, CGNAT and ULA targets (tests, the
     *                              bundled demo web); cloud metadata addresses stay refused
     */
    public record Limits(Duration timeout, long maxBodyBytes, boolean allowPrivateAddresses) {
    }

    /**
     * Opens a session (one HTTP client) for a batch of probes; close it when done. Reads the
     * service's crawl configuration for the user agent, so a bad file fails here, naming the file.
     */
    public Session open(Limits limits) {
        CrawlConfig crawl = loader.load(Path.of(settings.config()));
        CrawlConfig probe = crawl.withNetworkLimits(limits.timeout(), limits.maxBodyBytes(),
                limits.allowPrivateAddresses());
        return new Session(new PageFetcher(probe, resolver, clock));
    }

    /** Probes sharing one HTTP client (connection pool, threads); not for concurrent use. */
    public final class Session implements AutoCloseable {

        private final PageFetcher fetcher;

        private Session(PageFetcher fetcher) {
            this.fetcher = fetcher;
        }

        /** Probes a site's root URL (an http or https URL; its path is ignored). */
        public LivenessOutcome probe(URI siteUrl) {
            URI root = URI.create(siteUrl.getScheme() + "://" + siteUrl.getRawAuthority() + "/");
            try {
                int status = fetcher.exchange(root, PageFetcher.Validators.NONE).status();
                return GONE.contains(status) ? new LivenessOutcome.Gone(root, status, clock.instant())
                        : new LivenessOutcome.Answered(root, status, clock.instant());
            } catch (AddressGuard.BlockedAddressException e) {
                return new LivenessOutcome.Refused(root, e.getMessage(), clock.instant());
            } catch (IllegalArgumentException e) {
                return new LivenessOutcome.Unreachable(root, "not a usable URL: " + e.getMessage(), clock.instant());
            } catch (IOException e) {
                String message = e.getMessage() == null ? "" : ": " + e.getMessage();
                return new LivenessOutcome.Unreachable(root, e.getClass().getSimpleName() + message, clock.instant());
            }
        }

        @Override
        public void close() {
            fetcher.close();
        }
    }
}
