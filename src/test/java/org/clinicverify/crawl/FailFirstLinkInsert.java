package org.clinicverify.crawl;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.h2.api.Trigger;

/**
 * An H2 trigger on {@code crawl_url} that rejects the first link it sees queued (a row deeper than the
 * seeds) and lets every later insert through. The page's storing transaction then fails and rolls back
 * after its links were worked out, as when the connection is lost mid-transaction. H2 keeps one
 * instance per {@code CREATE TRIGGER}, so "first" is per trigger; the state lives here because anything
 * the failing transaction writes to the database is rolled back with it.
 */
public final class FailFirstLinkInsert implements Trigger {

    /** Position of {@code depth} in a {@code crawl_url} row (see V2__crawl.sql). */
    private static final int DEPTH = 5;

    private final AtomicBoolean failed = new AtomicBoolean();

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (((Number) newRow[DEPTH]).intValue() > 0 && failed.compareAndSet(false, true)) {
            throw new SQLException("link insert rejected once by the test trigger");
        }
    }
}
