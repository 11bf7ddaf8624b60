package org.clinicverify.moderation;

import java.util.List;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

/**
 * The stored pages of a site (newest first). The Pipeline provides a bean backed by
 * {@code crawl.PageStore.latestPages(host)}; until then the evidence view shows no snapshot.
 */
public interface SnapshotSource {

    List<PageSnapshot> latestPages(String siteHost);

    /** Used when the application provides no page store. */
    @Singleton
    @Secondary
    final class None implements SnapshotSource {
        @Override
        public List<PageSnapshot> latestPages(String siteHost) {
            return List.of();
        }
    }
}
