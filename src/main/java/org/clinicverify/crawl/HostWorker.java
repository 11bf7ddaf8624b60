package org.clinicverify.crawl;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.UnknownFormatException;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one turn of one host: take its next claimed URL, make at most one request at a time,
 * record the outcome in the frontier and the page store, and say when the host may be asked again.
 *
 * <p>Order: robots.txt first, in a turn of its own. It is a request to the host like any other, so
 * the host's first page waits the same pause after it as every later page waits after the one before
 * (RFC 9309 sets no pace; our politeness rule is one request in flight per host and a pause between
 * any two of its requests, and a site that sees robots.txt and a page in the same instant has been
 * sent a burst of two). A URL robots.txt disallows is closed without a request. The pause is counted
 * from the start of one request to the start of the next, {@code max(delay, robots Crawl-delay)} plus
 * 1 ms so clock rounding never makes it shorter; after 429/5xx or a network error the host backs off
 * from the response exponentially ({@code delay * 2^failures}, at least the Retry-After, at most 10
 * minutes).
 */
final class HostWorker {

    private static final Logger LOG = LoggerFactory.getLogger(HostWorker.class);
    private static final long MAX_BACKOFF_MS = Duration.ofMinutes(10).toMillis();
    private static final int MAX_ATTEMPTS = 3;
    private static final int MAX_REMEMBERED_URLS = 1_000_000;
    private static final int CLAIM_AHEAD = 16;

    /** What this process knows about a host it works. Touched by one worker at a time (see HostTurn). */
    private static final class HostState {
        BaseRobotRules rules;
        long delayMs;
        int failures;
        /** URLs claimed ahead, fetched one per turn. */
        final java.util.ArrayDeque<Frontier.Entry> claimed = new java.util.ArrayDeque<>();
    }

    private final CrawlConfig config;
    private final Frontier frontier;
    private final PageStore store;
    private final PageSink sink;
    private final PageFetcher fetcher;
    private final RobotsPolicy robots;
    private final UrlScope scope;
    private final PageDecoder decoder = new PageDecoder();
    private final LinkExtractor links = new LinkExtractor();
    private final Clock clock;
    private final String owner;
    private final CrawlCounters counters;
    private final Map<String, HostState> hosts = new ConcurrentHashMap<>();
    private final Set<String> offered = ConcurrentHashMap.newKeySet();

    HostWorker(CrawlConfig config, Frontier frontier, PageStore store, PageSink sink, PageFetcher fetcher,
               UrlScope scope, Clock clock, String owner, CrawlCounters counters) {
        this.config = config;
        this.frontier = frontier;
        this.store = store;
        this.sink = sink;
        this.fetcher = fetcher;
        this.robots = new RobotsPolicy(fetcher, config.robotsAgentName());
        this.scope = scope;
        this.clock = clock;
        this.owner = owner;
        this.counters = counters;
    }

    /** Serves a turn; returns when the host's next turn is due, or empty when the host is let go. */
    OptionalLong serve(String host) {
        HostState state = hosts.computeIfAbsent(host, h -> new HostState());
        long now = clock.millis();
        if (state.claimed.isEmpty()) {
            state.claimed.addAll(frontier.claimNext(config.name(), host, owner, now, now + config.lease().toMillis(),
                    claimAhead(state)));
        }
        Frontier.Entry entry = state.claimed.poll();
        if (entry == null) {
            return OptionalLong.empty();
        }
        long next;
        try {
            // Every path of the turn settles the entry in hand (completes, closes or reschedules it) with
            // its last write, so a write that fails here leaves the entry claimed.
            if (state.rules == null) {
                return loadRobots(host, state, entry);
            }
            URI url = URI.create(entry.url());
            if (!state.rules.isAllowed(entry.url())) {
                frontier.close(entry.id(), Frontier.State.SKIPPED, 0, "disallowed by robots.txt");
                counters.disallowed.incrementAndGet();
                return OptionalLong.of(now);
            }
            long started = clock.millis(); // the pause runs from here: as late as possible, never early
            FetchOutcome outcome = fetcher.fetch(url,
                    new PageFetcher.Validators(entry.etag(), entry.lastModified()),
                    target -> hopRefusal(state, target),
                    type -> entry.kind() == Frontier.Kind.SITEMAP || config.contentTypes().contains(type));
            next = record(host, state, entry, outcome, started);
        } catch (CrawlStorageException e) {
            // A write of the turn failed (its transaction rolled back): the URL goes back to the queue for
            // another attempt, rather than staying claimed, where lease renewal would hold it all run.
            retryOrFail(entry, clock.millis() + backoff(state, Optional.empty()), "not stored: " + e.getMessage(), 0);
            throw e;
        }
        return drained(host, state) ? OptionalLong.empty() : OptionalLong.of(next);
    }

    /**
     * After a fetch that used up the host's claims: claims its next URLs now rather than at its next
     * turn, and says the host is done when the frontier holds nothing more for it at all, so it is let
     * go at once instead of one idle politeness delay later. URLs due later (a retry) keep the turn.
     */
    private boolean drained(String host, HostState state) {
        if (!state.claimed.isEmpty()) {
            return false;
        }
        long now = clock.millis();
        state.claimed.addAll(frontier.claimNext(config.name(), host, owner, now, now + config.lease().toMillis(),
                claimAhead(state)));
        return state.claimed.isEmpty() && frontier.outstanding(config.name(), host, Long.MAX_VALUE) == 0;
    }

    /**
     * Reads the host's robots.txt; returns the time of the host's next turn, one pause after this
     * request, with {@code entry} kept for it, or empty when the host is let go (refused, unreachable,
     * Crawl-delay beyond the limit).
     */
    private OptionalLong loadRobots(String host, HostState state, Frontier.Entry entry) {
        long started = clock.millis();
        RobotsPolicy.Result result = robots.load(URI.create(entry.url()));
        long now = clock.millis();
        if (result instanceof RobotsPolicy.Result.Refused refused) {
            LOG.warn("Not crawling {}: {}", host, refused.reason());
            counters.error(host);
            frontier.closeHost(config.name(), host, Frontier.State.FAILED, refused.reason());
            for (Frontier.Entry claimed : allClaims(state, entry)) {
                frontier.close(claimed.id(), Frontier.State.FAILED, 0, refused.reason());
            }
            state.claimed.clear();
            return OptionalLong.empty();
        }
        if (result instanceof RobotsPolicy.Result.Unreachable unreachable) {
            long retryAt = now + config.robotsRetry().toMillis();
            LOG.info("{}: {}; nothing fetched before a retry in {}", host, unreachable.reason(), config.robotsRetry());
            counters.error(host);
            frontier.deferHost(config.name(), host, retryAt, unreachable.reason());
            for (Frontier.Entry claimed : allClaims(state, entry)) {
                frontier.reschedule(claimed.id(), retryAt, unreachable.reason());
            }
            state.claimed.clear();
            return OptionalLong.empty();
        }
        BaseRobotRules rules = ((RobotsPolicy.Result.Rules) result).rules();
        Optional<Duration> crawlDelay = RobotsPolicy.crawlDelay(rules);
        if (config.obeyCrawlDelay() && crawlDelay.isPresent() && crawlDelay.get().compareTo(config.maxCrawlDelay()) > 0) {
            String reason = "robots.txt Crawl-delay " + crawlDelay.get() + " exceeds max-crawl-delay " + config.maxCrawlDelay();
            frontier.closeHost(config.name(), host, Frontier.State.SKIPPED, reason);
            for (Frontier.Entry claimed : allClaims(state, entry)) {
                frontier.close(claimed.id(), Frontier.State.SKIPPED, 0, reason);
            }
            state.claimed.clear();
            return OptionalLong.empty();
        }
        state.delayMs = Math.max(config.delay().toMillis(),
                config.obeyCrawlDelay() ? crawlDelay.map(Duration::toMillis).orElse(0L) : 0L);
        for (String sitemap : rules.getSitemaps()) {
            enqueue(sitemap, Frontier.Kind.SITEMAP, 0);
        }
        state.rules = rules; // only now: should queuing a sitemap fail, the entry's retry reads robots.txt again
        state.claimed.addFirst(entry);
        return OptionalLong.of(started + state.delayMs + 1);
    }

    /**
     * Every claim taken ahead, then the entry in hand: the whole host's claims, for a host-wide outcome.
     * The entry in hand comes last, so it is settled by the turn's last write ({@link #serve}); the claims
     * ahead stay in {@code state.claimed} until all are settled, so a write that fails leaves them there
     * for {@link #forget} to put back.
     */
    private static List<Frontier.Entry> allClaims(HostState state, Frontier.Entry entry) {
        List<Frontier.Entry> all = new java.util.ArrayList<>(state.claimed);
        all.add(entry);
        return all;
    }

    private Optional<String> hopRefusal(HostState state, URI target) {
        Optional<URI> normal = scope.normalize(target.toString());
        if (normal.isEmpty()) {
            return Optional.of("not a crawlable URL");
        }
        Optional<String> outOfScope = scope.refusal(normal.get());
        if (outOfScope.isPresent()) {
            return outOfScope;
        }
        return state.rules.isAllowed(normal.get().toString()) ? Optional.empty() : Optional.of("disallowed by robots.txt");
    }

    private long record(String host, HostState state, Frontier.Entry entry, FetchOutcome outcome, long started) {
        long now = clock.millis();
        long next = started + state.delayMs + 1;
        long recrawlAt = now + config.recrawlInterval().toMillis();
        if (outcome instanceof FetchOutcome.Fetched fetched) {
            counters.fetched.incrementAndGet();
            state.failures = 0;
            if (entry.kind() == Frontier.Kind.SITEMAP) {
                readSitemap(host, entry, fetched.page());
                frontier.complete(entry.id(), fetched.page().status(), Optional.empty(), Optional.empty(),
                        Optional.empty(), now, recrawlAt);
            } else {
                keep(host, state, entry, fetched, recrawlAt);
            }
        } else if (outcome instanceof FetchOutcome.NotModified) {
            counters.fetched.incrementAndGet();
            counters.notModified.incrementAndGet();
            state.failures = 0;
            frontier.complete(entry.id(), 304, Optional.empty(), Optional.empty(), Optional.empty(), now, recrawlAt);
        } else if (outcome instanceof FetchOutcome.RedirectedAway away) {
            counters.fetched.incrementAndGet();
            enqueue(away.target().toString(), entry.kind(), entry.depth());
            frontier.complete(entry.id(), 301, Optional.empty(), Optional.empty(), Optional.empty(), now, recrawlAt);
        } else if (outcome instanceof FetchOutcome.HttpError error) {
            counters.fetched.incrementAndGet();
            counters.error(host);
            if (error.retryable()) {
                long backoff = backoff(state, error.retryAfter());
                retryOrFail(entry, now + backoff, "HTTP " + error.status(), error.status());
                next = now + backoff;
            } else {
                frontier.close(entry.id(), Frontier.State.FAILED, error.status(), "HTTP " + error.status());
            }
        } else if (outcome instanceof FetchOutcome.Skipped skipped) {
            counters.fetched.incrementAndGet();
            frontier.close(entry.id(), Frontier.State.SKIPPED, 0, skipped.reason());
        } else if (outcome instanceof FetchOutcome.Refused refused) {
            counters.error(host);
            LOG.warn("Refused {}: {}", entry.url(), refused.reason());
            frontier.close(entry.id(), Frontier.State.FAILED, 0, refused.reason());
        } else if (outcome instanceof FetchOutcome.Failed failed) {
            counters.error(host);
            LOG.info("Failed {}: {}", entry.url(), failed.reason());
            if (failed.retryable()) {
                long backoff = backoff(state, Optional.empty());
                retryOrFail(entry, now + backoff, failed.reason(), 0);
                next = now + backoff;
            } else {
                frontier.close(entry.id(), Frontier.State.FAILED, 0, failed.reason());
            }
        }
        return next;
    }

    /**
     * What the page transaction did: stored the page (empty: another URL of the host has its content),
     * queued its links and claimed the host's URLs it queued.
     */
    private record Kept(Optional<StoredPage> page, List<Offer> queued, List<Frontier.Entry> claimed) {
        static final Kept DUPLICATE = new Kept(Optional.empty(), List.of(), List.of());
    }

    private void keep(String host, HostState state, Frontier.Entry entry, FetchOutcome.Fetched fetched, long recrawlAt) {
        FetchedPage page = fetched.page();
        String hash = PageStore.contentHash(page.body());
        Optional<String> etag = header(page, "etag");
        Optional<String> lastModified = header(page, "last-modified");
        long now = clock.millis();
        // Parsed once: the links come from this document, and the sink extracts from the same one.
        Document document = decoder.decode(page);
        LinkExtractor.Links found = LinkExtractor.isHtml(page)
                ? links.links(document, config.maxOutlinksPerPage())
                : new LinkExtractor.Links(List.of(), Optional.empty());
        Optional<URI> canonical = found.canonical().flatMap(scope::normalize)
                .filter(c -> scope.refusal(c).isEmpty() && UrlScope.hostKey(c).equals(host));
        Optional<URI> self = scope.normalize(page.finalUrl().toString());
        if (canonical.isPresent() && self.isPresent() && !canonical.get().equals(self.get())) {
            // The page names another URL as the real one: crawl that one instead of keeping a duplicate.
            counters.duplicates.incrementAndGet();
            enqueue(canonical.get().toString(), Frontier.Kind.PAGE, entry.depth());
            frontier.complete(entry.id(), page.status(), etag, lastModified, Optional.of(hash), now, recrawlAt);
            return;
        }
        // One transaction: the page, its new links and the URL's completion are stored together. The
        // duplicate check is the page insert's own condition; a duplicate's links are not offered (they
        // are the links of the page it duplicates), so they are worked out once the page is stored.
        PageStore.Encoded encoded = store.encode(host, page, fetched.truncated(), hash); // CPU work before the transaction
        Optional<Frontier.ClaimAhead> claimAhead = claimAheadAsQueued(host, state, now);
        Kept kept = frontier.inTransaction(connection -> {
            Optional<StoredPage> saved = store.saveUnlessDuplicate(connection, encoded);
            frontier.complete(connection, entry.id(), page.status(), etag, lastModified, Optional.of(hash), now, recrawlAt);
            if (saved.isEmpty()) {
                return Kept.DUPLICATE;
            }
            List<Offer> outlinks = outlinks(entry, found);
            int added = frontier.enqueueAll(connection, config.name(), newUrls(outlinks), now,
                    config.maxPagesPerHost(), claimAhead);
            return new Kept(saved, outlinks, claimAhead.isPresent() && added > 0
                    ? frontier.claimed(connection, config.name(), host, owner) : List.of());
        });
        if (kept.page().isEmpty()) {
            counters.duplicates.incrementAndGet();
            return;
        }
        remember(kept.queued());
        state.claimed.addAll(kept.claimed());
        counters.stored.incrementAndGet();
        sink.pageFetched(kept.page().get(), document);
    }

    /** The page's links worth queuing: none beyond the crawl's depth. */
    private List<Offer> outlinks(Frontier.Entry entry, LinkExtractor.Links found) {
        List<Offer> outlinks = new java.util.ArrayList<>();
        if (entry.depth() < config.maxDepth()) {
            for (String link : found.outlinks()) {
                offer(link, Frontier.Kind.PAGE, entry.depth() + 1).ifPresent(outlinks::add);
            }
        }
        return outlinks;
    }

    /**
     * When the host has no claims left in hand (its first page, typically, whose links are the rest of
     * the site), its new links are claimed as they are queued: the claim that would follow at once
     * ({@link #drained}) otherwise writes every one of those rows a second time. Not while robots.txt
     * lists sitemaps: those are queued already and are taken before pages ({@link Frontier#claimNext}).
     */
    private Optional<Frontier.ClaimAhead> claimAheadAsQueued(String host, HostState state, long now) {
        if (!state.claimed.isEmpty() || !state.rules.getSitemaps().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Frontier.ClaimAhead(host, owner, now + config.lease().toMillis(), claimAhead(state)));
    }

    private void readSitemap(String host, Frontier.Entry entry, FetchedPage page) {
        try {
            AbstractSiteMap sitemap = new SiteMapParser(false, true)
                    .parseSiteMap(page.contentType(), page.body(), page.finalUrl().toURL());
            if (sitemap instanceof SiteMapIndex index) {
                for (AbstractSiteMap child : index.getSitemaps()) {
                    enqueue(child.getUrl().toString(), Frontier.Kind.SITEMAP, entry.depth());
                }
            } else if (sitemap instanceof SiteMap map) {
                enqueueAll(map.getSiteMapUrls().stream().map(url -> url.getUrl().toString()).toList(), Frontier.Kind.PAGE,
                        Math.min(entry.depth() + 1, config.maxDepth()));
            }
        } catch (UnknownFormatException | IOException e) {
            counters.error(host);
            LOG.info("Unreadable sitemap {}: {}", entry.url(), e.getMessage());
        }
    }

    private void retryOrFail(Frontier.Entry entry, long retryAt, String reason, int status) {
        if (entry.attempts() >= MAX_ATTEMPTS) {
            frontier.close(entry.id(), Frontier.State.FAILED, status, reason + " (after " + entry.attempts() + " attempts)");
        } else {
            frontier.reschedule(entry.id(), retryAt, reason);
        }
    }

    private long backoff(HostState state, Optional<Duration> retryAfter) {
        state.failures++;
        long exponential = Math.max(state.delayMs, 100) << Math.min(state.failures, 12);
        long wanted = Math.max(exponential, retryAfter.map(Duration::toMillis).orElse(0L));
        return Math.min(wanted, MAX_BACKOFF_MS);
    }

    /** Queues the URLs in scope in one transaction (the seeds of a run, the URLs of a sitemap). */
    void enqueueAll(List<String> urls, Frontier.Kind kind, int depth) {
        List<Offer> offers = new java.util.ArrayList<>();
        for (String url : urls) {
            offer(url, kind, depth).ifPresent(offers::add);
        }
        if (!offers.isEmpty()) {
            frontier.inTransaction(connection -> frontier.enqueueAll(connection, config.name(), newUrls(offers),
                    clock.millis(), config.maxPagesPerHost()));
            remember(offers);
        }
    }

    /** Queues a URL found in a sitemap or a redirect, or a seed, when it is in scope. */
    void enqueue(String url, Frontier.Kind kind, int depth) {
        offer(url, kind, depth).ifPresent(offer -> {
            Frontier.NewUrl newUrl = offer.url();
            frontier.enqueue(config.name(), newUrl.url(), newUrl.host(), newUrl.kind(), newUrl.depth(), clock.millis(),
                    config.maxPagesPerHost());
            remember(List.of(offer));
        });
    }

    /** A URL in scope that this run has not queued yet, with the spelling it was found under. */
    private record Offer(String spelling, Frontier.NewUrl url) {
    }

    /**
     * A URL worth offering to the frontier: in scope and not queued before in this run. Navigation
     * repeats the same links on every page, so URLs this run has already queued (or refused) are
     * skipped before the database. Queued URLs are only remembered once their transaction committed
     * ({@link #remember}): a transaction that rolls back leaves its page to be fetched again, and that
     * fetch must offer the page's links again, or the run loses them.
     */
    private Optional<Offer> offer(String url, Frontier.Kind kind, int depth) {
        if (offered.contains(url)) {
            return Optional.empty(); // this very spelling was queued or refused before: skip normalising it
        }
        if (offered.size() > MAX_REMEMBERED_URLS) {
            offered.clear();
        }
        Optional<URI> normal = scope.normalize(url);
        if (normal.isEmpty() || scope.refusal(normal.get()).isPresent()) {
            offered.add(url); // refused by scope, not by the database: remembered at once
            return Optional.empty();
        }
        if (offered.contains(normal.get().toString())) {
            offered.add(url); // queued already under another spelling
            return Optional.empty();
        }
        return Optional.of(new Offer(url,
                new Frontier.NewUrl(normal.get().toString(), UrlScope.hostKey(normal.get()), kind, depth)));
    }

    /** The URLs to queue, each once (a page may name one URL under several spellings). */
    private static List<Frontier.NewUrl> newUrls(List<Offer> offers) {
        return offers.stream().map(Offer::url).distinct().toList();
    }

    /** Remembers URLs whose queuing transaction has committed, under their spelling and normal form. */
    private void remember(List<Offer> offers) {
        for (Offer offer : offers) {
            offered.add(offer.spelling());
            offered.add(offer.url().url());
        }
    }

    /**
     * URLs to claim at once: up to {@value #CLAIM_AHEAD}, but only as many as this process will fetch
     * well within half a lease at the host's pace (renewal keeps them alive; this keeps a stalled host
     * from sitting on many claims). Claiming ahead takes nothing from other processes: the host's lease
     * keeps them off its URLs anyway; it saves two statements per URL claimed with others.
     */
    private int claimAhead(HostState state) {
        long halfLease = config.lease().toMillis() / 2;
        return (int) Math.max(1, Math.min(CLAIM_AHEAD, halfLease / Math.max(1, state.delayMs)));
    }

    /** The host is done for now: its claims taken ahead and not fetched go back to the queue. */
    void forget(String host) {
        HostState state = hosts.get(host);
        if (state != null && !state.claimed.isEmpty()) {
            frontier.unclaim(List.copyOf(state.claimed), owner);
            state.claimed.clear();
        }
    }

    private static Optional<String> header(FetchedPage page, String name) {
        List<String> values = page.headers().get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
