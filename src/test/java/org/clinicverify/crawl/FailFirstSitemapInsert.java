package org.clinicverify.crawl;

/**
 * Fails the first sitemap URL queued in {@code crawl_url} (the one robots.txt lists) once: the
 * robots.txt turn's write fails.
 */
public final class FailFirstSitemapInsert extends FailOnceTrigger {

    /** Position of {@code kind} in a {@code crawl_url} row (see V2__crawl.sql). */
    private static final int KIND = 4;

    @Override
    boolean rejects(Object[] newRow) {
        return "sitemap".equals(newRow[KIND]);
    }
}
