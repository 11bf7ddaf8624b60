package org.clinicverify;

import java.util.List;

import jakarta.inject.Singleton;
import org.clinicverify.crawl.PageStore;
import org.clinicverify.directory.ListingRepository;
import org.clinicverify.moderation.ListingChangeListener;
import org.clinicverify.moderation.PageSnapshot;
import org.clinicverify.moderation.SnapshotSource;
import org.clinicverify.search.ListingIndexer;

/**
 * What moderation needs from the rest of the pipeline: the stored pages of a site as evidence, and a
 * re-index of a site's listings after a decision changed their flag.
 */
@Singleton
final class ModerationWiring implements SnapshotSource, ListingChangeListener {

    private final PageStore pages;
    private final ListingRepository listings;
    private final ListingIndexer index;

    ModerationWiring(PageStore pages, ListingRepository listings, ListingIndexer index) {
        this.pages = pages;
        this.listings = listings;
        this.index = index;
    }

    @Override
    public List<PageSnapshot> latestPages(String siteHost) {
        return pages.latestPages(siteHost).stream()
                .map(page -> new PageSnapshot(page.finalUrl().toString(), page.fetchedAt(), page.contentType(),
                        page.body()))
                .toList();
    }

    @Override
    public void listingsChanged(String siteHost) {
        listings.findBySiteHostOrderById(siteHost).forEach(index::index);
    }
}
