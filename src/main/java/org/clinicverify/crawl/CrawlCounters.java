package org.clinicverify.crawl;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Running totals of one crawl, shared by its worker threads. */
final class CrawlCounters {

    final AtomicLong fetched = new AtomicLong();
    final AtomicLong stored = new AtomicLong();
    final AtomicLong notModified = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    final AtomicLong disallowed = new AtomicLong();
    /** Distinct hosts: a finished host that a later page links to again is leased and finished once more. */
    private final Set<String> finishedHosts = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();

    void error(String host) {
        errors.computeIfAbsent(host, h -> new AtomicLong()).incrementAndGet();
    }

    void finished(String host) {
        finishedHosts.add(host);
    }

    long hostsFinished() {
        return finishedHosts.size();
    }

    long errorCount() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    CrawlReport report(Duration elapsed) {
        Map<String, Long> perHost = new TreeMap<>();
        errors.forEach((host, count) -> perHost.put(host, count.get()));
        return new CrawlReport(fetched.get(), stored.get(), notModified.get(), duplicates.get(), disallowed.get(),
                Map.copyOf(perHost), hostsFinished(), elapsed);
    }
}
