package org.clinicverify;

import jakarta.inject.Singleton;
import org.clinicverify.directory.ListingRepository;
import org.clinicverify.moderation.ListingChangeListener;
import org.clinicverify.search.ListingIndexer;

/** After a moderator's decision changed a site's flag, its listings are re-indexed within seconds. */
@Singleton
final class ReindexAfterDecision implements ListingChangeListener {

    private final ListingRepository listings;
    private final ListingIndexer index;

    ReindexAfterDecision(ListingRepository listings, ListingIndexer index) {
        this.listings = listings;
        this.index = index;
    }

    @Override
    public void listingsChanged(String siteHost) {
        listings.findBySiteHostOrderById(siteHost).forEach(index::index);
    }
}
