package org.clinicverify;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.clinicverify.extract.ExtractedPage;

/**
 * Extractions of pages the crawl stored in this process, kept from {@code pageFetched} until their
 * site is finished, so the site is assembled without reading its pages back from the database,
 * decompressing and parsing them again. Keyed by page row id: a stored row never changes, so a kept
 * extraction is exactly what extracting that row would give. At most {@code capacity} pages are
 * kept (the oldest go first); a page not kept is simply read and extracted again.
 */
final class ExtractedPages {

    private record Kept(String host, ExtractedPage page) {
    }

    private final int capacity;
    private final LinkedHashMap<Long, Kept> pages = new LinkedHashMap<>();

    ExtractedPages(int capacity) {
        this.capacity = capacity;
    }

    synchronized void keep(String host, long pageId, ExtractedPage page) {
        if (capacity <= 0) {
            return;
        }
        pages.put(pageId, new Kept(host, page));
        Iterator<Map.Entry<Long, Kept>> oldest = pages.entrySet().iterator();
        while (pages.size() > capacity) {
            oldest.next();
            oldest.remove();
        }
    }

    /** The kept extraction of a page of {@code host}, if any. */
    synchronized Optional<ExtractedPage> get(String host, long pageId) {
        Kept kept = pages.get(pageId);
        return kept != null && kept.host().equals(host) ? Optional.of(kept.page()) : Optional.empty();
    }

    /** Lets go of every page of the host (its site was assembled). */
    synchronized void forget(String host) {
        pages.values().removeIf(kept -> kept.host().equals(host));
    }

    synchronized int size() {
        return pages.size();
    }
}
