package org.clinicverify.search;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.clinicverify.directory.ListingRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the search index back in step with the database after Elasticsearch was away.
 *
 * <p>While Elasticsearch is down, crawls and moderation keep writing listings into the database
 * (the source of truth); their bulk operations fail and {@link ListingIndexer#failures()} counts them.
 * Every {@link CatchUpSettings#interval()} the running service (not the commands: the check starts on
 * {@link ServerStartupEvent}) compares:
 * <ul>
 *   <li>the indexer's failure count with the count at the last rebuild, and</li>
 *   <li>the number of documents behind the alias with the number of listing rows.</li>
 * </ul>
 * New failed writes, an alias that is gone (a node that came back empty), or an alias on an index of an
 * older mapping version (after an upgrade) rebuild the index from the database at once with
 * {@link ReindexService} (new versioned index, alias swap): a rebuild rather than a replay of the failed
 * items, because it also repairs updates and deletes the ingester dropped, and a rebuild of the whole
 * directory takes seconds. A count mismatch alone is only {@link Suspected} at
 * first: during a busy crawl the database runs a moment ahead of the index, so the rebuild waits until
 * the same mismatch is seen again at the next check (nothing was written in between and the counts
 * still differ). While Elasticsearch is unreachable the outcome is {@link Unreachable} and the next
 * interval tries again. An alias on an index of a newer mapping version belongs to a newer build
 * (a rolling upgrade): this instance leaves it alone ({@link NewerMapping}).
 */
@Singleton
public final class IndexCatchUp {

    private static final Logger LOG = LoggerFactory.getLogger(IndexCatchUp.class);

    /** What one check did. */
    public sealed interface Outcome permits InStep, Suspected, Rebuilt, Unreachable, NewerMapping {
    }

    /** Nothing to do: no failed writes since the last rebuild and as many documents as listings. */
    public record InStep(long documents) implements Outcome {
    }

    /** The counts differ for the first time (or differently from the last check): look again next time. */
    public record Suspected(long listings, long documents) implements Outcome {
    }

    /** The index was rebuilt from the database. */
    public record Rebuilt(long documents, long listingsBefore, long documentsBefore, Duration took) implements Outcome {
    }

    /** The alias is on an index of a newer mapping version than this build's: not touched. */
    public record NewerMapping(int thisBuild) implements Outcome {
    }

    /** Elasticsearch could not be reached or refused; the next check tries again. */
    public record Unreachable(String reason) implements Outcome {
    }

    private final ElasticsearchClient client;
    private final ClinicIndexAdmin admin;
    private final ListingIndexer indexer;
    private final ListingRepository listings;
    private final ReindexService reindex;
    private final CatchUpSettings settings;
    private ScheduledExecutorService executor;
    private long failuresAtLastRebuild;
    private Suspected lastMismatch;

    IndexCatchUp(ElasticsearchClient client, ClinicIndexAdmin admin, ListingIndexer indexer,
                 ListingRepository listings, ReindexService reindex, CatchUpSettings settings) {
        this.client = client;
        this.admin = admin;
        this.indexer = indexer;
        this.listings = listings;
        this.reindex = reindex;
        this.settings = settings;
    }

    @EventListener
    synchronized void onServerStartup(ServerStartupEvent event) {
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "index-catch-up");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.interval().toMillis();
        scheduler.scheduleWithFixedDelay(this::scheduledCheck, interval, interval, TimeUnit.MILLISECONDS);
        executor = scheduler;
    }

    /** Checks once and rebuilds the index if it has fallen behind the database. */
    public synchronized Outcome catchUp() {
        long failures = indexer.failures();
        long stored = listings.count();
        long indexed;
        boolean olderMapping;
        try {
            indexer.flush();
            indexed = documentsBehindAlias();
            ClinicIndexAdmin.AliasMapping behindAlias = indexed >= 0 ? admin.aliasMapping()
                    : ClinicIndexAdmin.AliasMapping.CURRENT; // a gone alias is rebuilt anyway
            if (behindAlias == ClinicIndexAdmin.AliasMapping.NEWER) {
                lastMismatch = null;
                return new NewerMapping(admin.mappingVersion());
            }
            olderMapping = behindAlias == ClinicIndexAdmin.AliasMapping.OLDER;
        } catch (IOException | ElasticsearchException | IllegalStateException e) {
            return new Unreachable(e.toString());
        }
        boolean writesFailed = failures != failuresAtLastRebuild;
        boolean aliasGone = indexed < 0;
        boolean rebuildNow = writesFailed || aliasGone || olderMapping;
        if (!rebuildNow && indexed == stored) {
            lastMismatch = null;
            return new InStep(indexed);
        }
        Suspected mismatch = new Suspected(stored, indexed);
        if (!rebuildNow && !mismatch.equals(lastMismatch)) {
            lastMismatch = mismatch;
            return mismatch;
        }
        try {
            ReindexService.Result result = reindex.reindex();
            failuresAtLastRebuild = failures;
            lastMismatch = null;
            return new Rebuilt(result.documents(), stored, indexed, result.took());
        } catch (IOException | ElasticsearchException | IllegalStateException e) {
            return new Unreachable(e.toString());
        }
    }

    /** Documents searchable behind the alias; -1 when the alias is gone (a node that came back empty). */
    private long documentsBehindAlias() throws IOException {
        if (!client.indices().existsAlias(a -> a.name(admin.alias())).value()) {
            return -1;
        }
        client.indices().refresh(r -> r.index(admin.alias()));
        return client.count(c -> c.index(admin.alias())).count();
    }

    /** A scheduled task that throws is never run again, so every failure ends here, logged once. */
    private void scheduledCheck() {
        try {
            Outcome outcome = catchUp();
            if (outcome instanceof Rebuilt rebuilt) {
                LOG.info("Index catch-up: rebuilt alias {} from the database: {} documents (before: {} listings, {} documents) in {} ms",
                        admin.alias(), rebuilt.documents(), rebuilt.listingsBefore(), rebuilt.documentsBefore(),
                        rebuilt.took().toMillis());
            } else if (outcome instanceof NewerMapping newer) {
                LOG.warn("Index catch-up: alias {} is on an index of a newer mapping version than this build's ({}); "
                        + "left to the newer build", admin.alias(), newer.thisBuild());
            } else if (outcome instanceof Unreachable unreachable) {
                LOG.warn("Index catch-up: Elasticsearch unavailable, next try in {}: {}", settings.interval(),
                        unreachable.reason());
            }
        } catch (RuntimeException e) {
            LOG.error("Index catch-up of alias {} failed; next try in {}", admin.alias(), settings.interval(), e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
