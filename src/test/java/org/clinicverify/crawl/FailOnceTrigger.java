package org.clinicverify.crawl;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.h2.api.Trigger;

/**
 * An H2 insert trigger that rejects the first row it {@link #rejects} and lets every later insert
 * through: the transaction writing that row fails and rolls back, as when the connection is lost
 * mid-transaction. H2 keeps one instance per {@code CREATE TRIGGER}, so "first" is per trigger; the
 * state lives here because anything the failing transaction writes to the database is rolled back
 * with it.
 */
abstract class FailOnceTrigger implements Trigger {

    private final AtomicBoolean failed = new AtomicBoolean();

    /** True for a row of the kind this trigger fails once. */
    abstract boolean rejects(Object[] newRow);

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (rejects(newRow) && failed.compareAndSet(false, true)) {
            throw new SQLException("insert rejected once by " + getClass().getSimpleName());
        }
    }
}
