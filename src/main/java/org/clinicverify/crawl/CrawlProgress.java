package org.clinicverify.crawl;

/**
 * A moment of a running crawl, for progress bars.
 *
 * @param fetched     responses so far
 * @param queued      URLs due or in flight across the frontier
 * @param activeHosts hosts this process is working now
 * @param hostsDone   hosts finished
 * @param errors      errors so far
 * @param pagesPerSecond fetch rate since the start
 */
public record CrawlProgress(long fetched, long queued, int activeHosts, long hostsDone, long errors,
                            double pagesPerSecond) {

    /** Receives progress about twice a second from the crawl's coordinating thread. */
    @FunctionalInterface
    public interface Listener {
        void progress(CrawlProgress progress);

        Listener NONE = progress -> {
        };
    }
}
