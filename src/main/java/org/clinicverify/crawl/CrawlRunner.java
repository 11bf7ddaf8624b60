package org.clinicverify.crawl;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

/**
 * The crawl stage's entry point: loads a configuration, starts the demo web when the seeds ask for it
 * ({@code demo:<site-id>}, {@code demo:*}), and runs a {@link Crawler} to its end.
 */
@Singleton
public final class CrawlRunner {

    private final Frontier frontier;
    private final PageStore store;
    private final DemoWeb demoWeb;
    private final CrawlConfigLoader loader;
    private final HostResolver resolver;
    private final Clock clock;
    private final CrawlConnections connections;
    private final Set<Crawler> running = ConcurrentHashMap.newKeySet();

    public CrawlRunner(Frontier frontier, PageStore store, DemoWeb demoWeb, CrawlConfigLoader loader,
                       HostResolver resolver, Clock clock, CrawlConnections connections) {
        this.frontier = frontier;
        this.store = store;
        this.demoWeb = demoWeb;
        this.loader = loader;
        this.resolver = resolver;
        this.clock = clock;
        this.connections = connections;
    }

    /** Reads a crawl configuration file; {@link CrawlConfigException} names file, line and problem. */
    public CrawlConfig load(Path file) {
        return loader.load(file);
    }

    /** Runs a crawl to its end and hands every new page and finished host to {@code sink}. */
    public CrawlReport crawl(CrawlConfig config, PageSink sink, CrawlProgress.Listener listener) {
        return crawl(config, sink, listener, resolver);
    }

    CrawlReport crawl(CrawlConfig config, PageSink sink, CrawlProgress.Listener listener, HostResolver dns) {
        CrawlConfig resolved = resolveDemoSeeds(config);
        connections.fit(resolved.workers());
        Crawler crawler = new Crawler(resolved, frontier, store, sink, dns, clock, ownerId());
        running.add(crawler);
        try {
            return crawler.run(listener);
        } finally {
            running.remove(crawler);
        }
    }

    /**
     * Asks every running crawl to end after its requests in flight (the application is stopping);
     * their claims go back to the frontier, so the next run resumes where they stopped.
     */
    @PreDestroy
    public void stopAll() {
        running.forEach(Crawler::stop);
    }

    /** Replaces {@code demo:} seeds with the base URLs of the running demo web (started on demand). */
    CrawlConfig resolveDemoSeeds(CrawlConfig config) {
        if (config.seeds().stream().noneMatch(seed -> seed.startsWith("demo:"))
                && config.sitemaps().stream().noneMatch(seed -> seed.startsWith("demo:"))) {
            return config;
        }
        Map<String, URI> sites = demoWeb.start();
        return config.withSeeds(resolve(config, config.seeds(), sites, "/"),
                resolve(config, config.sitemaps(), sites, "/sitemap.xml"));
    }

    private static List<String> resolve(CrawlConfig config, List<String> seeds, Map<String, URI> sites, String path) {
        List<String> urls = new ArrayList<>();
        for (String seed : seeds) {
            if (!seed.startsWith("demo:")) {
                urls.add(seed);
            } else if (seed.equals("demo:*")) {
                sites.values().forEach(base -> urls.add(base + path));
            } else {
                URI base = sites.get(seed.substring(5));
                if (base == null) {
                    throw new CrawlConfigException(config.source() + ": seed '" + seed
                            + "' names no bundled demo site (known: " + String.join(", ", sites.keySet()) + ")");
                }
                urls.add(base + path);
            }
        }
        return urls;
    }

    /** Names this process in frontier claims: pid@host plus a random part (pids are reused). */
    private static String ownerId() {
        String runtime = ManagementFactory.getRuntimeMXBean().getName();
        return (runtime.length() > 60 ? runtime.substring(0, 60) : runtime) + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
