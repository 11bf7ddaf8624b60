package org.clinicverify.partner;

import io.micronaut.http.HttpRequest;

/**
 * What the partner filter learned about a request, for the few controllers whose rule depends on
 * more than the route: a check of an unknown site queues work for us, which needs the submit scope.
 */
public final class PartnerAccess {

    static final String KEY_ATTRIBUTE = PartnerAccess.class.getName() + ".key";

    private PartnerAccess() {
    }

    /**
     * Whether the caller may make us do work (queue a site for assessment): anonymous callers, who
     * are rate-limited per IP, and keys with the submit scope; not keys without it.
     */
    public static boolean maySubmit(HttpRequest<?> request) {
        return request.getAttribute(KEY_ATTRIBUTE, PartnerKey.class)
                .map(key -> key.scopes().contains(Scope.SUBMIT))
                .orElse(true);
    }
}
