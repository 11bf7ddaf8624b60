package org.clinicverify.crawl;

import org.jsoup.nodes.Document;

/**
 * Where the crawl hands its results (implemented by {@code org.clinicverify.Pipeline}). Called from
 * fetch worker threads, possibly concurrently for different hosts, never concurrently for one host.
 */
public interface PageSink {

    /**
     * A page with new or changed content, already stored in the {@link PageStore}, with its body as
     * {@link PageDecoder#decode} parsed it (the crawl took its links from it): a sink that reads the
     * HTML uses this document instead of parsing the page again, and only reads it.
     */
    void pageFetched(StoredPage page, Document document);

    /**
     * The crawl has nothing more due for this host; {@link PageStore#latestPages} now holds the site
     * as the crawl saw it (including pages unchanged since the last crawl, which are not re-sent).
     */
    void siteFinished(String host);

    /** A sink that drops everything (the crawl still stores pages). */
    PageSink NONE = new PageSink() {
        @Override
        public void pageFetched(StoredPage page, Document document) {
        }

        @Override
        public void siteFinished(String host) {
        }
    };
}
