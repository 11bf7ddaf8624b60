package org.clinicverify.score;

import java.time.Clock;
import java.util.List;

import jakarta.inject.Singleton;

/**
 * The REMS registry in the database. The scorer reads an in-memory {@link RemsIndex} built on first
 * use (so a batch of thousands of pages costs one query); {@link #importEntries} upserts rows by
 * certification id and rebuilds the index.
 */
@Singleton
final class RemsRegistry implements RemsDirectory {

    private final RemsSettingRepository repository;
    private final Clock clock;
    private volatile RemsIndex index;

    RemsRegistry(RemsSettingRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public RemsIndex index() {
        RemsIndex current = index;
        if (current == null) {
            synchronized (this) {
                if (index == null) {
                    index = new RemsIndex(repository.findAllOrderByCertificationId().stream().map(RemsSetting::entry).toList());
                }
                current = index;
            }
        }
        return current;
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
        index = null;
        return new int[] {inserted, updated};
    }
}
