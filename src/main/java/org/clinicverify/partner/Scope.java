package org.clinicverify.partner;

/** What a key may call; see {@link RouteScopes} for which routes need which scope. */
public enum Scope {
    SEARCH, VERIFY, SUBMIT
}
