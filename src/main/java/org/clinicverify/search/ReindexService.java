package org.clinicverify.search;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import jakarta.inject.Singleton;
import org.clinicverify.directory.Listing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the clinics index from the database, which stays the source of truth:
 * <ol>
 *   <li>create {@code <alias>_v<mappingVersion>_<timestamp>} with the current mapping;</li>
 *   <li>mirror live index writes into it (see {@link ListingIndexer}) so nothing changed meanwhile is lost;</li>
 *   <li>read listings in keyset pages (the next page is read while the current bulk is in flight) and
 *   bulk them in with periodic refresh off, checking every item;</li>
 *   <li>swap the alias in one {@code _aliases} call (remove old + add new: atomic for searches);</li>
 *   <li>after {@code old-index-grace}, delete the old indices.</li>
 * </ol>
 * Searches keep using the old index until the swap, so they never see a half-built index.
 * Elasticsearch's {@code _reindex} is not used: the minimal distribution lacks it, and the database
 * is the truth anyway.
 */
@Singleton
public final class ReindexService {

    private static final Logger LOG = LoggerFactory.getLogger(ReindexService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'-'HHmmssSSS").withZone(ZoneOffset.UTC);

    private final ElasticsearchClient client;
    private final ClinicIndexAdmin admin;
    private final ListingIndexer indexer;
    private final ListingPages pages;
    private final SearchDocuments documents;
    private final IndexingSettings settings;
    private final Clock clock;

    ReindexService(ElasticsearchClient client, ClinicIndexAdmin admin, ListingIndexer indexer, ListingPages pages,
                   SearchDocuments documents, IndexingSettings settings, Clock clock) {
        this.client = client;
        this.admin = admin;
        this.indexer = indexer;
        this.pages = pages;
        this.documents = documents;
        this.settings = settings;
        this.clock = clock;
    }

    /** What a rebuild did. */
    public record Result(String newIndex, Set<String> replaced, long documents, Duration took) {
    }

    /** Builds a fresh index and swaps the alias to it; throws if any document failed (the alias is then left alone). */
    public synchronized Result reindex() throws IOException {
        Instant start = clock.instant();
        String alias = admin.alias();
        String index = alias + "_v" + admin.mappingVersion() + "_" + STAMP.format(start);
        admin.ensureReady();
        admin.createIndex(index);
        indexer.addMirror(index);
        try {
            long count = copyDatabaseInto(index);
            indexer.flush();
            client.indices().refresh(r -> r.index(index));
            Set<String> old = admin.indicesBehindAlias();
            List<Action> actions = new ArrayList<>();
            for (String previous : old) {
                actions.add(Action.of(a -> a.remove(r -> r.index(previous).alias(alias))));
            }
            actions.add(Action.of(a -> a.add(ad -> ad.index(index).alias(alias).isWriteIndex(true))));
            client.indices().updateAliases(u -> u.actions(actions));
            LOG.info("Alias {} swapped from {} to {} ({} documents)", alias, old, index, count);
            indexer.removeMirror(index);
            deleteAfterGrace(old);
            return new Result(index, old, count, Duration.between(start, clock.instant()));
        } catch (IOException | RuntimeException e) {
            indexer.removeMirror(index);
            deleteQuietly(index, e);
            throw e;
        }
    }

    /** One page of documents read and mapped from the database, with the id to continue after. */
    private record Batch(List<SearchDocument> documents, long lastId) {
    }

    /**
     * Copies every listing into {@code index}. A reader thread reads and maps the next page while the
     * current bulk request is in flight; periodic refresh is off during the load.
     */
    private long copyDatabaseInto(String index) throws IOException {
        admin.bulkLoading(index, true);
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> new Thread(r, "reindex-reader"));
        try {
            long count = 0;
            CompletableFuture<Batch> next = CompletableFuture.supplyAsync(() -> read(0), reader);
            while (true) {
                Batch batch = next.join();
                if (batch.documents().isEmpty()) {
                    return count;
                }
                next = CompletableFuture.supplyAsync(() -> read(batch.lastId()), reader);
                List<BulkOperation> operations = new ArrayList<>(batch.documents().size());
                for (SearchDocument document : batch.documents()) {
                    operations.add(BulkOperation.of(op -> op.index(i -> i.index(index).id(document.listingId()).document(document))));
                }
                BulkResponse response = client.bulk(b -> b.operations(operations));
                if (response.errors()) {
                    BulkResponseItem failed = response.items().stream().filter(i -> i.error() != null).findFirst().orElseThrow();
                    throw new IllegalStateException("reindex into " + index + " failed for listing " + failed.id() + ": "
                            + failed.error().reason());
                }
                count += batch.documents().size();
            }
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } finally {
            reader.shutdownNow();
            admin.bulkLoading(index, false);
        }
    }

    private Batch read(long afterId) {
        List<Listing> page = pages.pageAfter(afterId, settings.reindexPageSize());
        List<SearchDocument> mapped = new ArrayList<>(page.size());
        for (Listing listing : page) {
            mapped.add(documents.from(listing));
        }
        return new Batch(mapped, page.isEmpty() ? afterId : page.get(page.size() - 1).id());
    }

    private void deleteAfterGrace(Set<String> old) throws IOException {
        if (old.isEmpty()) {
            return;
        }
        try {
            Thread.sleep(settings.oldIndexGrace().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (String previous : old) {
            client.indices().delete(d -> d.index(previous));
            LOG.info("Deleted replaced index {}", previous);
        }
    }

    private void deleteQuietly(String index, Exception cause) {
        try {
            client.indices().delete(d -> d.index(index));
        } catch (IOException | ElasticsearchException e) {
            cause.addSuppressed(e);
        }
    }
}
