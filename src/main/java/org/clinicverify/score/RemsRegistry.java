package org.clinicverify.score;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * The REMS registry in the database. The scorer reads an in-memory {@link RemsIndex} (so a batch of
 * thousands of pages costs no query per page); {@link #importEntries} upserts rows by certification
 * id and rebuilds it. {@code import-rems} usually runs in another process, so at most every
 * {@code clinicverify.score.rems-refresh-interval} the registry checks whether the table changed
 * (row count and newest import time) and rebuilds the index when it did.
 */
@Singleton
final class RemsRegistry implements RemsDirectory {

    private final RemsSettingRepository repository;
    private final Clock clock;
    private final Duration refreshInterval;
    private volatile Loaded loaded;

    /** The index and the state of the table it was built from. */
    private record Loaded(RemsIndex index, TableState state, Instant checkedAt) {
    }

    private record TableState(long rows, Optional<Instant> newestImport) {
    }

    RemsRegistry(RemsSettingRepository repository, Clock clock,
                 @Value("${clinicverify.score.rems-refresh-interval}") Duration refreshInterval) {
        this.repository = repository;
        this.clock = clock;
        this.refreshInterval = refreshInterval;
    }

    @Override
    public RemsIndex index() {
        Loaded current = loaded;
        Instant now = clock.instant();
        if (current != null && now.isBefore(current.checkedAt().plus(refreshInterval))) {
            return current.index();
        }
        synchronized (this) {
            current = loaded;
            if (current != null && now.isBefore(current.checkedAt().plus(refreshInterval))) {
                return current.index();
            }
            TableState state = new TableState(repository.count(), repository.newestImport());
            RemsIndex index = current != null && current.state().equals(state) ? current.index()
                    : new RemsIndex(repository.findAllOrderByCertificationId().stream().map(RemsSetting::entry).toList());
            loaded = new Loaded(index, state, now);
            return index;
        }
    }

    /** Inserts new settings and updates known ones (same certification id); returns {inserted, updated}. */
    synchronized int[] importEntries(List<RemsEntry> entries) {
        int inserted = 0;
        int updated = 0;
        for (RemsEntry e : entries) {
            var existing = repository.findByCertificationId(e.certificationId());
            RemsSetting row = new RemsSetting(existing.map(RemsSetting::id).orElse(null), e.certificationId(), e.name(),
                    e.street(), e.city(), e.state(), e.zip(), e.phone(), e.certificationDate(), clock.instant());
            if (existing.isPresent()) {
                repository.update(row);
                updated++;
            } else {
                repository.save(row);
                inserted++;
            }
        }
        loaded = null;
        return new int[] {inserted, updated};
    }
}
