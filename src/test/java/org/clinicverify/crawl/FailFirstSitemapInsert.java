package org.clinicverify.crawl;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.h2.api.Trigger;

/**
 * An H2 trigger on {@code crawl_url} that rejects the first sitemap URL queued (the one robots.txt
 * lists) and lets every later insert through: the robots.txt turn's write fails, as when the connection
 * is lost. H2 keeps one instance per {@code CREATE TRIGGER}, so "first" is per trigger.
 */
public final class FailFirstSitemapInsert implements Trigger {

    /** Position of {@code kind} in a {@code crawl_url} row (see V2__crawl.sql). */
    private static final int KIND = 4;

    private final AtomicBoolean failed = new AtomicBoolean();

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if ("sitemap".equals(newRow[KIND]) && failed.compareAndSet(false, true)) {
            throw new SQLException("sitemap insert rejected once by the test trigger");
        }
    }
}
