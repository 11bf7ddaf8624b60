package org.clinicverify;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.inject.Singleton;
import org.clinicverify.crawl.PageSink;
import org.clinicverify.crawl.PageStore;
import org.clinicverify.crawl.StoredPage;
import org.clinicverify.directory.ListingAssembler;
import org.clinicverify.directory.SiteListingWriter;
import org.clinicverify.directory.SiteStanding;
import org.clinicverify.extract.ExtractedPage;
import org.clinicverify.extract.Extractor;
import org.clinicverify.extract.SiteAssembler;
import org.clinicverify.extract.SiteProfile;
import org.clinicverify.score.Scorer;
import org.clinicverify.score.Verdict;
import org.clinicverify.directory.Listing;
import org.clinicverify.moderation.ContentFingerprint;
import org.clinicverify.moderation.ModerationQueue;
import org.clinicverify.search.Geocoder;
import org.clinicverify.search.ListingIndexer;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole flow on one screen: a crawled site's stored pages are extracted, assembled into
 * practice locations, scored, written to the directory and queued for the search index. During a
 * crawl each page is extracted as it is stored (its body is still in memory) and the site is assembled
 * when the crawler finishes it; {@code rescore} rebuilds every stored site from the page store.
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
    private final ExtractedPages kept;

    Pipeline(PageStore pages, Extractor extractor, SiteAssembler assembler, Scorer scorer,
             ModerationQueue moderation, ListingAssembler listings, SiteListingWriter directory, Geocoder geocoder, ListingIndexer index,
             Clock clock, PipelineSettings settings) {
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
        this.kept = new ExtractedPages(settings.keptExtractions());
    }

    /**
     * Extracts the page from the crawl's document while it is at hand; the site is assembled and
     * scored when it is finished.
     */
    @Override
    public void pageFetched(StoredPage page, Document document) {
        if (page.status() == 200) {
            kept.keep(page.host(), page.id(), extractor.extract(page.toFetchedPage(), document));
        }
    }

    @Override
    public void siteFinished(String host) {
        try {
            rebuild(host, id -> kept.get(host, id));
        } finally {
            kept.forget(host);
        }
    }

    /** Re-extracts and re-scores one site from its stored pages and updates its listings. */
    public SiteResult rebuildSite(String host) {
        return rebuild(host, id -> Optional.empty());
    }

    /** Rebuilds a site from its latest stored pages, using the extractions {@code known} has for them. */
    private SiteResult rebuild(String host, Function<Long, Optional<ExtractedPage>> known) {
        List<SitePage> site = sitePages(host, known);
        if (site.isEmpty()) {
            return new SiteResult(host, null, 0);
        }
        List<ExtractedPage> extracted = site.stream().map(SitePage::extracted).toList();
        SiteProfile profile = assembler.assemble(host, extracted);
        Verdict verdict = scorer.scoreSite(host, extracted);
        // Moderators have the last word: their standing decision overrides the scorer's flag.
        String fingerprint = ContentFingerprint.of(String.join("\n", extracted.stream().map(ExtractedPage::text).toList()));
        SiteStanding standing = moderation.onScored(host, verdict, fingerprint);
        Instant crawledAt = site.stream().map(SitePage::fetchedAt).max(Comparator.naturalOrder()).orElseThrow();
        List<Listing> fresh = listings.listings(profile, verdict, standing, siteUrl(site.get(0).finalUrl()), crawledAt,
                        clock.instant())
                .stream().map(this::placed).toList();
        SiteListingWriter.Replacement replacement = directory.replaceSite(host, fresh);
        // The database is the source of truth; the index follows through bulk ingestion (and can be rebuilt).
        replacement.stored().forEach(index::index);
        replacement.removedIds().forEach(index::delete);
        LOG.info("Site {}: {} pages, {} listing(s), category {}, trust {}{}", host, site.size(),
                replacement.stored().size(), verdict.category().id(), verdict.trustScore(),
                standing.flagged() ? ", FLAGGED" : standing.underReview() ? ", held for review" : "");
        return new SiteResult(host, verdict, replacement.stored().size());
    }

    /** One page of a site as the rebuild uses it. */
    private record SitePage(URI finalUrl, Instant fetchedAt, ExtractedPage extracted) {
    }

    /**
     * The latest stored pages of the site that answered 200, in the page store's order, extracted.
     * Only when some page has no known extraction are the bodies read (and those pages extracted).
     */
    private List<SitePage> sitePages(String host, Function<Long, Optional<ExtractedPage>> known) {
        List<SitePage> site = new ArrayList<>();
        for (PageStore.Head head : pages.latestHeads(host)) {
            if (head.status() != 200) {
                continue;
            }
            Optional<ExtractedPage> extracted = known.apply(head.id());
            if (extracted.isEmpty()) {
                return readAndExtract(host, known);
            }
            site.add(new SitePage(head.finalUrl(), head.fetchedAt(), extracted.get()));
        }
        return site;
    }

    private List<SitePage> readAndExtract(String host, Function<Long, Optional<ExtractedPage>> known) {
        return pages.latestPages(host).stream()
                .filter(page -> page.status() == 200)
                .map(page -> new SitePage(page.finalUrl(), page.fetchedAt(),
                        known.apply(page.id()).orElseGet(() -> extractor.extract(page.toFetchedPage()))))
                .toList();
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

    private static URI siteUrl(URI url) {
        return URI.create(url.getScheme() + "://" + url.getRawAuthority() + "/");
    }

    /** What rebuilding one site produced. */
    public record SiteResult(String host, Verdict verdict, int listings) {
    }
}
