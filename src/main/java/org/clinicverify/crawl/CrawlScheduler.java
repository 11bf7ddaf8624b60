package org.clinicverify.crawl;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's own crawling, when {@code clinicverify.crawl.background} is on: it crawls
 * {@code clinicverify.crawl.config} in a background thread at start if nothing is crawled yet or a
 * crawl was cut short, then recrawls on that configuration's {@code recrawl-interval} (conditional
 * GETs: unchanged pages cost a 304).
 */
@Singleton
final class CrawlScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(CrawlScheduler.class);

    private final CrawlSettings settings;
    private final CrawlRunner runner;
    private final PageStore store;
    private final Frontier frontier;
    private final PageSink sink;
    private final AtomicReference<ScheduledExecutorService> executor = new AtomicReference<>();

    CrawlScheduler(CrawlSettings settings, CrawlRunner runner, PageStore store, Frontier frontier,
                   Optional<PageSink> sink) {
        this.settings = settings;
        this.runner = runner;
        this.store = store;
        this.frontier = frontier;
        this.sink = sink.orElse(PageSink.NONE);
    }

    @EventListener
    void onServerStartup(ServerStartupEvent event) {
        if (!settings.background()) {
            return;
        }
        CrawlConfig config = runner.load(Path.of(settings.config()));
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "crawl-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        executor.set(scheduler);
        long interval = Math.max(60, config.recrawlInterval().toSeconds());
        // Start at once on an empty store, and also when a crawl was cut short (the service was killed):
        // its frontier still holds URLs, which the crawl resumes without refetching completed ones.
        long first = store.count() == 0 || frontier.hasUnfinished(config.name()) ? 0 : interval;
        scheduler.scheduleWithFixedDelay(() -> crawl(config), first, interval, TimeUnit.SECONDS);
    }

    private void crawl(CrawlConfig config) {
        try {
            LOG.info("Background crawl of {} starting", config.source());
            CrawlReport report = runner.crawl(config, sink, CrawlProgress.Listener.NONE);
            LOG.info("Background crawl of {} done: {} responses, {} pages stored, {} errors", config.source(),
                    report.fetched(), report.stored(), report.errorCount());
        } catch (RuntimeException e) {
            if (executor.get() == null) {
                LOG.info("Background crawl of {} ended by shutdown: {}", config.source(), e.toString());
                return;
            }
            LOG.error("Background crawl of {} failed: {}", config.source(), e.toString(), e);
        }
    }

    @PreDestroy
    void stop() {
        ScheduledExecutorService scheduler = executor.getAndSet(null);
        if (scheduler != null) {
            runner.stopAll();
            scheduler.shutdownNow();
            try {
                scheduler.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
