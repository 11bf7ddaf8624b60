package org.clinicverify.moderation;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Browser hardening of the console and the moderation API: only this origin may supply scripts,
 * styles, images, frames and connections (so even a snapshot that escaped sanitising could not
 * load anything from a seller's site), no framing of the console, no referrer leaks.
 */
@ServerFilter({"/console/**", "/api/v1/moderation/**", "/api/v1/admin/**"})
final class ConsoleHeadersFilter {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "frame-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
            + "object-src 'none'";

    @ResponseFilter
    void harden(MutableHttpResponse<?> response) {
        response.header("Content-Security-Policy", POLICY);
        response.header("X-Content-Type-Options", "nosniff");
        response.header("X-Frame-Options", "DENY");
        response.header("Referrer-Policy", "no-referrer");
        response.header("Cache-Control", "no-store");
    }
}
