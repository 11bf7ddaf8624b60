package org.clinicverify.crawl;

/**
 * Fails the first link queued in {@code crawl_url} (a row deeper than the seeds) once: the page's
 * storing transaction then rolls back after its links were worked out.
 */
public final class FailFirstLinkInsert extends FailOnceTrigger {

    /** Position of {@code depth} in a {@code crawl_url} row (see V2__crawl.sql). */
    private static final int DEPTH = 5;

    @Override
    boolean rejects(Object[] newRow) {
        return ((Number) newRow[DEPTH]).intValue() > 0;
    }
}
