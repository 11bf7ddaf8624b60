package org.clinicverify.crawl;

/**
 * Where the crawl hands its results (implemented by {@code org.clinicverify.Pipeline}). Called from
 * fetch worker threads, possibly concurrently for different hosts, never concurrently for one host.
 */
public interface PageSink {

    /** A page with new or changed content, already stored in the {@link PageStore}. */
    void pageFetched(StoredPage page);

    /**
     * The crawl has nothing more due for this host; {@link PageStore#latestPages} now holds the site
     * as the crawl saw it (including pages unchanged since the last crawl, which are not re-sent).
     */
    void siteFinished(String host);

    /** A sink that drops everything (the crawl still stores pages). */
    PageSink NONE = new PageSink() {
        @Override
        public void pageFetched(StoredPage page) {
        }

        @Override
        public void siteFinished(String host) {
        }
    };
}
