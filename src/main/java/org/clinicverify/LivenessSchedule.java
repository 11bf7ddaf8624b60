package org.clinicverify;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.clinicverify.crawl.LivenessOutcome;
import org.clinicverify.crawl.LivenessProber;
import org.clinicverify.directory.Listing;
import org.clinicverify.directory.ListingRepository;
import org.clinicverify.moderation.ModerationDecision;
import org.clinicverify.moderation.ModerationQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rechecks whether confirmed sellers are still online: crawl probes, moderation records. When the
 * HTTP service starts and {@code clinicverify.moderation.liveness-interval} is set, a daemon thread
 * runs {@link #runOnce()} one interval after start and then one interval after each run ends.
 *
 * <p>A run takes the confirmed sellers in host order, starting after the last host the previous run
 * probed (wrapping round), and probes at most {@code liveness-max-sites-per-run} of them one after
 * another. A site is probed at the root of its listings' website URL; a site without a listing at
 * {@code https://host/}, and at {@code http://host/} when https got no answer. The outcome goes to
 * {@link ModerationQueue#onLivenessChecked}: online sets {@code last_seen_online_at}; offline leaves it.
 * The rotation position lives in memory: after a restart the first run starts at the first host.
 */
@Singleton
public class LivenessSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(LivenessSchedule.class);

    private final LivenessSettings settings;
    private final LivenessProber prober;
    private final ModerationQueue moderation;
    private final ListingRepository listings;
    private final AtomicReference<ScheduledExecutorService> executor = new AtomicReference<>();
    private volatile boolean stopping;
    private String lastProbedHost = "";

    LivenessSchedule(LivenessSettings settings, LivenessProber prober, ModerationQueue moderation,
                     ListingRepository listings) {
        this.settings = settings;
        this.prober = prober;
        this.moderation = moderation;
        this.listings = listings;
    }

    /** What one run did: sites probed, and how many of them answered. */
    public record RunReport(int probed, int online) {
    }

    @EventListener
    void onServerStartup(ServerStartupEvent event) {
        Optional<Duration> interval = settings.interval();
        if (interval.isEmpty()) {
            LOG.info("Liveness recheck of confirmed sellers is off (clinicverify.moderation.liveness-interval)");
            return;
        }
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "liveness-schedule");
            thread.setDaemon(true);
            return thread;
        });
        if (!executor.compareAndSet(null, scheduler)) {
            scheduler.shutdown();
            return;
        }
        long seconds = Math.max(1, interval.get().toSeconds());
        scheduler.scheduleWithFixedDelay(this::runLogged, seconds, seconds, TimeUnit.SECONDS);
    }

    private void runLogged() {
        try {
            RunReport report = runOnce();
            LOG.info("Liveness recheck: {} confirmed seller(s) probed, {} online", report.probed(), report.online());
        } catch (RuntimeException e) {
            LOG.error("Liveness recheck of confirmed sellers failed: {}", e.toString(), e);
        }
    }

    /** One run: probes the next confirmed sellers in turn and records each outcome. */
    public synchronized RunReport runOnce() {
        List<String> hosts = nextHosts(moderation.confirmedSellers().stream().map(ModerationDecision::siteHost).toList());
        int probed = 0;
        int online = 0;
        try (LivenessProber.Session session = prober.open(settings.probeLimits())) {
            for (String host : hosts) {
                if (stopping) {
                    break;
                }
                LivenessOutcome outcome = probe(session, host);
                moderation.onLivenessChecked(host, outcome.online(), outcome.checkedAt());
                LOG.debug("Liveness of {}: {}", host, outcome);
                lastProbedHost = host;
                probed++;
                online += outcome.online() ? 1 : 0;
            }
        }
        return new RunReport(probed, online);
    }

    /** Up to the per-run limit, starting after the host probed last (the list is in host order). */
    private List<String> nextHosts(List<String> confirmed) {
        List<String> after = new ArrayList<>();
        List<String> before = new ArrayList<>();
        for (String host : confirmed) {
            (host.compareTo(lastProbedHost) > 0 ? after : before).add(host);
        }
        after.addAll(before);
        return after.subList(0, Math.min(after.size(), settings.livenessMaxSitesPerRun()));
    }

    private LivenessOutcome probe(LivenessProber.Session session, String host) {
        Optional<URI> website = listings.findBySiteHostOrderById(host).stream()
                .map(Listing::websiteUrl)
                .filter(Objects::nonNull)
                .map(LivenessSchedule::httpUrl)
                .flatMap(Optional::stream)
                .findFirst();
        if (website.isPresent()) {
            return session.probe(website.get());
        }
        LivenessOutcome https = session.probe(root("https", host));
        return https instanceof LivenessOutcome.Unreachable ? session.probe(root("http", host)) : https;
    }

    /** The root URL of a host key ({@code name} or {@code name:port}); the prober reports a bad one. */
    private static URI root(String scheme, String host) {
        return URI.create(scheme + "://" + host + "/");
    }

    private static Optional<URI> httpUrl(String url) {
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    ? Optional.of(uri) : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
        ScheduledExecutorService scheduler = executor.getAndSet(null);
        if (scheduler != null) {
            scheduler.shutdownNow();
            try {
                scheduler.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
