package org.clinicverify;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;
import org.clinicverify.crawl.PageSink;
import org.clinicverify.crawl.PageStore;
import org.clinicverify.crawl.StoredPage;
import org.clinicverify.directory.ListingAssembler;
import org.clinicverify.directory.SiteListingWriter;
import org.clinicverify.extract.ExtractedPage;
import org.clinicverify.extract.Extractor;
import org.clinicverify.extract.SiteAssembler;
import org.clinicverify.extract.SiteProfile;
import org.clinicverify.score.Scorer;
import org.clinicverify.score.Verdict;
import org.clinicverify.directory.Listing;
import org.clinicverify.moderation.ContentFingerprint;
import org.clinicverify.moderation.ModerationDecision;
import org.clinicverify.moderation.ModerationQueue;
import org.clinicverify.search.Geocoder;
import org.clinicverify.search.ListingIndexer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole flow on one screen: a crawled site's stored pages are extracted, assembled into
 * practice locations, scored, written to the directory and queued for the search index. The crawler
 * calls it when a site is finished; {@code rescore} calls it for every stored site without recrawling.
 */
@Singleton
public class Pipeline implements PageSink {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final PageStore pages;
    private final Extractor extractor;
    private final SiteAssembler assembler;
    private final Scorer scorer;
    private final ModerationQueue moderation;
    private final ListingAssembler listings;
    private final SiteListingWriter directory;
    private final Geocoder geocoder;
    private final ListingIndexer index;
    private final Clock clock;

    Pipeline(PageStore pages, Extractor extractor, SiteAssembler assembler, Scorer scorer,
             ModerationQueue moderation, ListingAssembler listings, SiteListingWriter directory, Geocoder geocoder, ListingIndexer index,
             Clock clock) {
        this.pages = pages;
        this.extractor = extractor;
        this.assembler = assembler;
        this.scorer = scorer;
        this.moderation = moderation;
        this.listings = listings;
        this.directory = directory;
        this.geocoder = geocoder;
        this.index = index;
        this.clock = clock;
    }

    @Override
    public void pageFetched(StoredPage page) {
        // Listings are per site, so the work happens when the site is finished.
    }

    @Override
    public void siteFinished(String host) {
        rebuildSite(host);
    }

    /** Re-extracts and re-scores one site from its stored pages and updates its listings. */
    public SiteResult rebuildSite(String host) {
        List<StoredPage> stored = pages.latestPages(host).stream()
                .filter(page -> page.status() == 200)
                .toList();
        if (stored.isEmpty()) {
            return new SiteResult(host, null, 0);
        }
        List<ExtractedPage> extracted = stored.stream().map(page -> extractor.extract(page.toFetchedPage())).toList();
        SiteProfile profile = assembler.assemble(host, extracted);
        Verdict verdict = scorer.scoreSite(host, extracted);
        // Moderators have the last word: their standing decision overrides the scorer's flag.
        String fingerprint = ContentFingerprint.of(String.join("\n", extracted.stream().map(ExtractedPage::text).toList()));
        boolean flagged = moderation.onScored(host, verdict, fingerprint)
                .map(ModerationDecision::flagged).orElse(verdict.flagged());
        Instant crawledAt = stored.stream().map(StoredPage::fetchedAt).max(Comparator.naturalOrder()).orElseThrow();
        List<Listing> fresh = listings.listings(profile, verdict, flagged, siteUrl(stored.get(0)), crawledAt,
                        clock.instant())
                .stream().map(this::placed).toList();
        SiteListingWriter.Replacement replacement = directory.replaceSite(host, fresh);
        // The database is the source of truth; the index follows through bulk ingestion (and can be rebuilt).
        replacement.stored().forEach(index::index);
        replacement.removedIds().forEach(index::delete);
        LOG.info("Site {}: {} pages, {} listing(s), category {}, trust {}{}", host, stored.size(),
                replacement.stored().size(), verdict.category().id(), verdict.trustScore(),
                flagged ? ", FLAGGED" : "");
        return new SiteResult(host, verdict, replacement.stored().size());
    }

    /** Rebuilds every stored site; returns how many sites were processed. */
    public int rebuildAll() {
        List<String> hosts = pages.hosts();
        hosts.forEach(this::rebuildSite);
        return hosts.size();
    }

    /** Listings without coordinates on their pages are placed at their ZIP code's (or city's) centroid. */
    private Listing placed(Listing listing) {
        if (listing.latitude() != null && listing.longitude() != null) {
            return listing;
        }
        return geocoder.locate(listing.postalCode())
                .or(() -> listing.city() == null ? Optional.empty()
                        : geocoder.locate(listing.city() + (listing.region() == null ? "" : ", " + listing.region())))
                .map(point -> listing.withCoordinates(point.lat(), point.lon()))
                .orElse(listing);
    }

    private static URI siteUrl(StoredPage page) {
        URI url = page.finalUrl();
        return URI.create(url.getScheme() + "://" + url.getRawAuthority() + "/");
    }

    /** What rebuilding one site produced. */
    public record SiteResult(String host, Verdict verdict, int listings) {
    }
}
