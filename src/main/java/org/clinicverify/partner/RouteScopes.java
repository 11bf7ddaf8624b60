package org.clinicverify.partner;

import java.util.Optional;

import io.micronaut.http.HttpMethod;

/**
 * Which scope a key needs for a route under /api/v1:
 * <ul>
 *   <li>search: /api/v1/clinics (and /api/v1/clinics/{id}), /api/v1/suggest, /api/v1/flagged</li>
 *   <li>verify: /api/v1/verify, /api/v1/assess</li>
 *   <li>submit: POST /api/v1/reports; and a check of an unknown site queues an assessment only
 *       for keys with this scope (see {@link PartnerAccess#maySubmit}, asked by web.VerifyController)</li>
 * </ul>
 * Other routes under /api/v1 need no particular scope (any valid key, or none).
 */
final class RouteScopes {

    private RouteScopes() {
    }

    static Optional<Scope> required(HttpMethod method, String path) {
        if (method == HttpMethod.POST && under(path, "/api/v1/reports")) {
            return Optional.of(Scope.SUBMIT);
        }
        if (under(path, "/api/v1/clinics") || under(path, "/api/v1/suggest") || under(path, "/api/v1/flagged")) {
            return Optional.of(Scope.SEARCH);
        }
        if (under(path, "/api/v1/verify") || under(path, "/api/v1/assess")) {
            return Optional.of(Scope.VERIFY);
        }
        return Optional.empty();
    }

    /** The path itself or something below it, so /api/v1/clinicsX does not match /api/v1/clinics. */
    static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
