package org.clinicverify.moderation;

/**
 * Told after a moderator's decision changed the {@code flagged} column of a site's listings (the
 * transaction has committed). The Pipeline implements it to re-index those listings, so confirmed
 * sellers leave clinic search within seconds. Implementations should not throw; a failure is
 * logged and the decision stands.
 */
public interface ListingChangeListener {

    void listingsChanged(String siteHost);
}
