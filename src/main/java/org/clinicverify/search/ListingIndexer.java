package org.clinicverify.search;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicLong;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.clinicverify.directory.Listing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the clinics index in step with the database: every changed listing goes through one
 * {@link BulkIngester} (sized by {@link IndexingSettings}), so crawls, rescoring and moderation
 * decisions reach search within {@code bulk-flush-interval}. Failures are checked per item and
 * logged once with the listing id; {@link #failures()} counts them.
 *
 * <p>While {@link ReindexService} builds a new index, writes also go to that index (a "mirror"), so
 * changes made during a rebuild are not lost by the alias swap.
 */
@Singleton
public final class ListingIndexer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ListingIndexer.class);

    private static final java.time.Duration FLUSH_WAIT = java.time.Duration.ofSeconds(60);

    private final ClinicIndexAdmin admin;
    private final SearchDocuments documents;
    private final BulkIngester<String> ingester;
    private final Set<String> mirrors = new CopyOnWriteArraySet<>();
    private final AtomicLong failures = new AtomicLong();
    private final Object progress = new Object();
    private long queued;
    private long done;

    ListingIndexer(ElasticsearchClient client, ClinicIndexAdmin admin, SearchDocuments documents,
                   IndexingSettings settings) {
        this.admin = admin;
        this.documents = documents;
        admin.ensureReady();
        this.ingester = BulkIngester.of(b -> b.client(client)
                .maxOperations(settings.bulkMaxOperations())
                .flushInterval(settings.bulkFlushInterval().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .maxConcurrentRequests(settings.bulkMaxConcurrent())
                .listener(new FailureListener()));
    }

    /** Queues the listing's current state for indexing (creates or replaces its document). */
    public void index(Listing listing) {
        if (listing.id() == null) {
            throw new IllegalArgumentException("cannot index a listing that has not been stored (no id)");
        }
        SearchDocument document = documents.from(listing);
        for (String target : targets()) {
            queued();
            ingester.add(BulkOperation.of(op -> op.index(i -> i.index(target).id(document.listingId()).document(document))),
                    document.listingId());
        }
    }

    /** Queues removal of the listing's document. */
    public void delete(long listingId) {
        String id = String.valueOf(listingId);
        for (String target : targets()) {
            queued();
            ingester.add(BulkOperation.of(op -> op.delete(d -> d.index(target).id(id))), id);
        }
    }

    /**
     * Sends everything queued so far and waits until Elasticsearch has answered for it (tests call it
     * before asserting; reindex before the swap). The bulk ingester itself sends asynchronously.
     */
    public void flush() {
        long target;
        synchronized (progress) {
            target = queued;
        }
        ingester.flush();
        long deadline = System.nanoTime() + FLUSH_WAIT.toNanos();
        synchronized (progress) {
            while (done < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("bulk indexing did not finish within " + FLUSH_WAIT
                            + " (" + (target - done) + " operations pending)");
                }
                try {
                    progress.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void queued() {
        synchronized (progress) {
            queued++;
        }
    }

    private void finished(int operations) {
        synchronized (progress) {
            done += operations;
            progress.notifyAll();
        }
    }

    /** Item failures seen since start. */
    public long failures() {
        return failures.get();
    }

    void addMirror(String index) {
        mirrors.add(index);
    }

    void removeMirror(String index) {
        mirrors.remove(index);
    }

    private List<String> targets() {
        if (mirrors.isEmpty()) {
            return List.of(admin.alias());
        }
        List<String> targets = new java.util.ArrayList<>();
        targets.add(admin.alias());
        targets.addAll(mirrors);
        return targets;
    }

    @PreDestroy
    @Override
    public void close() {
        ingester.close();
    }

    private final class FailureListener implements BulkListener<String> {

        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<String> contexts) {
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<String> contexts, BulkResponse response) {
            try {
                report(contexts, response);
            } finally {
                finished(contexts.size());
            }
        }

        private void report(List<String> contexts, BulkResponse response) {
            if (!response.errors()) {
                return;
            }
            List<BulkResponseItem> items = response.items();
            for (int i = 0; i < items.size(); i++) {
                BulkResponseItem item = items.get(i);
                boolean missingOnDelete = item.status() == 404 && item.operationType().jsonValue().equals("delete");
                if (item.error() != null && !missingOnDelete) {
                    failures.incrementAndGet();
                    LOG.error("Indexing listing {} into {} failed: {} ({})", contexts.get(i), item.index(),
                            item.error().reason(), item.error().type());
                }
            }
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<String> contexts, Throwable failure) {
            failures.addAndGet(contexts.size());
            finished(contexts.size());
            LOG.error("Bulk request of {} operations (listings {}) failed: {}", contexts.size(),
                    contexts.size() > 10 ? contexts.subList(0, 10) + "..." : contexts, failure.toString());
        }
    }
}
