package org.clinicverify.crawl;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jsoup.nodes.Document;

/** Remembers what the crawl handed over. */
final class RecordingSink implements PageSink {

    final List<StoredPage> pages = new CopyOnWriteArrayList<>();
    final List<String> finishedHosts = new CopyOnWriteArrayList<>();

    @Override
    public void pageFetched(StoredPage page, Document document) {
        pages.add(page);
    }

    @Override
    public void siteFinished(String host) {
        finishedHosts.add(host);
    }

    StoredPage page(String path) {
        return pages.stream().filter(page -> page.finalUrl().getPath().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no page " + path + " in " + pages.stream()
                        .map(p -> p.finalUrl().toString()).toList()));
    }
}
