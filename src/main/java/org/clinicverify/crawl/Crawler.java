package org.clinicverify.crawl;

import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One crawl run in this process: a coordinator (the calling thread) and {@code workers} fetch threads.
 *
 * <p>The coordinator leases up to {@code max-active-hosts} hosts with due URLs from the {@link Frontier}
 * and puts one {@link HostTurn} per leased host into a delay queue; workers take the turn whose delay
 * has run out, serve it ({@link HostWorker}) and put it back with its next time. A host stays leased
 * while it has due URLs, so a worker never waits on a host while another one is due. Throughput therefore comes from
 * many hosts in parallel, each at its own pace, never from several requests to one host. The
 * coordinator also renews host leases, returns expired claims of dead processes to the queue, and
 * ends the run when nothing is due within {@code max-wait} and nothing is in flight anywhere.
 */
final class Crawler {

    private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);
    private static final long TICK_MS = 200;

    private final CrawlConfig config;
    private final Frontier frontier;
    private final PageSink sink;
    private final Clock clock;
    private final String owner;
    private final HostWorker worker;
    private final PageFetcher fetcher;
    private final CrawlCounters counters = new CrawlCounters();
    private final DelayQueue<HostTurn> ready = new DelayQueue<>();
    private final Set<String> active = ConcurrentHashMap.newKeySet();
    private final Set<String> lost = ConcurrentHashMap.newKeySet();
    private final Object leases = new Object();
    private final AtomicInteger busy = new AtomicInteger();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final Semaphore wakeUp = new Semaphore(0);
    /** When the coordinator last returned expired claims to the queue (it alone reads and writes this). */
    private long lastRelease;

    Crawler(CrawlConfig config, Frontier frontier, PageStore store, PageSink sink, HostResolver resolver, Clock clock,
            String owner) {
        this.config = config;
        this.frontier = frontier;
        this.sink = sink;
        this.clock = clock;
        this.owner = owner;
        this.fetcher = new PageFetcher(config, resolver, clock);
        this.worker = new HostWorker(config, frontier, store, sink, fetcher, new UrlScope(config), clock, owner, counters);
    }

    /** Runs the crawl to its end (or until {@link #stop}); blocking. */
    CrawlReport run(CrawlProgress.Listener listener) {
        long started = clock.millis();
        frontier.releaseExpired(started);
        lastRelease = started;
        frontier.queueRecrawls(config.name(), started);
        worker.enqueueAll(config.seeds(), Frontier.Kind.PAGE, 0);
        worker.enqueueAll(config.sitemaps(), Frontier.Kind.SITEMAP, 0);
        frontier.refreshStatistics();
        ExecutorService pool = Executors.newFixedThreadPool(config.workers(), daemonThreads());
        for (int i = 0; i < config.workers(); i++) {
            pool.execute(this::workLoop);
        }
        long lastRenewal = started;
        try {
            while (!stopping.get()) {
                long now = clock.millis();
                if (now - lastRenewal >= config.lease().toMillis() / 3) {
                    renewLeases(now);
                    lastRenewal = now;
                }
                claimHosts(now);
                tell(listener, now, started);
                if (active.isEmpty() && busy.get() == 0
                        && frontier.outstanding(config.name(), now + config.maxWait().toMillis()) == 0) {
                    break;
                }
                awaitWakeUp();
            }
        } finally {
            stopping.set(true);
            for (int i = 0; i < config.workers(); i++) {
                ready.add(new HostTurn("", 0, clock)); // wakes a worker waiting for a turn, so it sees the stop
            }
            pool.shutdown();
            awaitQuietly(pool);
            for (String host : active) {
                worker.forget(host);
                frontier.releaseHost(host, owner, clock.millis());
            }
            fetcher.close();
        }
        long now = clock.millis();
        tell(listener, now, started);
        return counters.report(Duration.ofMillis(now - started));
    }

    /** Asks the run to end after the requests in flight. */
    void stop() {
        stopping.set(true);
    }

    /** Tops the leased hosts up to {@code max-active-hosts}; each new host gets a turn due now. */
    private void claimHosts(long now) {
        if (now - lastRelease >= Math.max(TICK_MS, config.lease().toMillis() / 10)) {
            // A claim expires a lease after its process died: looking a tenth of a lease later is soon
            // enough, and spares two table scans on every tick.
            frontier.releaseExpired(now);
            lastRelease = now;
        }
        // Under the lease lock, as finish() releases: a host released between the claim's reading of this
        // process's hosts and its check against `active` was otherwise taken back as newly leased (its
        // lease then "lost" at renewal, or the site finished a second time).
        synchronized (leases) {
            int wanted = config.maxActiveHosts() - active.size();
            for (String host : frontier.claimHosts(config.name(), owner, now, now + config.lease().toMillis(), wanted, active)) {
                if (active.add(host)) {
                    ready.add(new HostTurn(host, now, clock));
                }
            }
        }
    }

    private void renewLeases(long now) {
        synchronized (leases) {
            for (String host : active) {
                if (!frontier.renewHost(host, owner, now + config.lease().toMillis())) {
                    LOG.warn("Lost the lease on {} (this process stalled longer than the lease); leaving it", host);
                    lost.add(host);
                }
            }
            frontier.renewClaims(owner, now + config.lease().toMillis());
        }
    }

    private void workLoop() {
        while (!stopping.get()) {
            HostTurn turn;
            try {
                turn = ready.poll(TICK_MS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (turn == null || stopping.get()) {
                continue;
            }
            busy.incrementAndGet();
            try {
                if (lost.remove(turn.host)) {
                    worker.forget(turn.host);
                    active.remove(turn.host);
                    continue;
                }
                OptionalLong next = worker.serve(turn.host);
                if (next.isPresent() && !stopping.get()) {
                    ready.add(new HostTurn(turn.host, next.getAsLong(), clock));
                } else if (next.isEmpty()) {
                    finish(turn.host);
                } else {
                    ready.add(turn);
                }
            } catch (RuntimeException e) {
                if (stopping.get()) {
                    LOG.info("Crawl of {} interrupted while stopping: {}", turn.host, e.toString());
                    return;
                }
                LOG.error("Crawl of {} stopped: {}", turn.host, e.toString(), e);
                counters.error(turn.host);
                finish(turn.host);
            } finally {
                busy.decrementAndGet();
            }
        }
    }

    private void finish(String host) {
        long now = clock.millis();
        worker.forget(host);
        boolean done = frontier.outstanding(config.name(), host, now + config.maxWait().toMillis()) == 0;
        synchronized (leases) {
            frontier.releaseHost(host, owner, now);
            active.remove(host);
        }
        if (done) {
            counters.finished(host);
            sink.siteFinished(host);
        }
        wakeUp.release();
    }

    /** Waits a tick, or less when a host is finished (the crawl may be over, or a lease is free). */
    private void awaitWakeUp() {
        try {
            wakeUp.tryAcquire(TICK_MS, TimeUnit.MILLISECONDS);
            wakeUp.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping.set(true);
        }
    }

    /**
     * Hands the listener the crawl's progress. Skipped without a listener: the queued count is a
     * count over the crawl's frontier, and on every tick it cost the crawl's workers database time
     * for nobody.
     */
    private void tell(CrawlProgress.Listener listener, long now, long started) {
        if (listener != CrawlProgress.Listener.NONE) {
            listener.progress(progress(now, started));
        }
    }

    private CrawlProgress progress(long now, long started) {
        double seconds = Math.max(0.001, (now - started) / 1000.0);
        return new CrawlProgress(counters.fetched.get(), frontier.outstanding(config.name(), now), active.size(),
                counters.hostsFinished(), counters.errorCount(), counters.fetched.get() / seconds);
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "crawl-fetch-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            if (!pool.awaitTermination(2, TimeUnit.MINUTES)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
