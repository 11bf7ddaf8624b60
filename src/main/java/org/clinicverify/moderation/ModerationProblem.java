package org.clinicverify.moderation;

import io.micronaut.http.HttpStatus;

/** A refused moderation request: answered with its status and a one-line JSON message. */
final class ModerationProblem extends RuntimeException {

    private final HttpStatus status;

    ModerationProblem(HttpStatus status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }

    static ModerationProblem badRequest(String message) {
        return new ModerationProblem(HttpStatus.BAD_REQUEST, message);
    }

    static ModerationProblem notFound(String message) {
        return new ModerationProblem(HttpStatus.NOT_FOUND, message);
    }

    static ModerationProblem conflict(String message) {
        return new ModerationProblem(HttpStatus.CONFLICT, message);
    }
}
