package org.clinicverify.score;

/** Where the scorer gets the REMS registry from. The database-backed bean is {@link RemsRegistry}. */
@FunctionalInterface
public interface RemsDirectory {

    /** The registry as currently imported, indexed for matching. */
    RemsIndex index();
}
