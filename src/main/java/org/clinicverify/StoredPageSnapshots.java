package org.clinicverify;

import java.util.List;

import jakarta.inject.Singleton;
import org.clinicverify.crawl.PageStore;
import org.clinicverify.moderation.PageSnapshot;
import org.clinicverify.moderation.SnapshotSource;

/** The evidence moderators see: the pages the crawler stored for a site. */
@Singleton
final class StoredPageSnapshots implements SnapshotSource {

    private final PageStore pages;

    StoredPageSnapshots(PageStore pages) {
        this.pages = pages;
    }

    @Override
    public List<PageSnapshot> latestPages(String siteHost) {
        return pages.latestPages(siteHost).stream()
                .map(page -> new PageSnapshot(page.finalUrl().toString(), page.fetchedAt(), page.contentType(),
                        page.body()))
                .toList();
    }
}
