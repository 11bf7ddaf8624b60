package org.clinicverify.moderation;

import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** {@code {"message": "..."}} with the problem's status; never a stack trace. */
@Produces
@Singleton
final class ModerationProblemHandler implements ExceptionHandler<ModerationProblem, HttpResponse<Map<String, String>>> {

    @Override
    public HttpResponse<Map<String, String>> handle(HttpRequest request, ModerationProblem problem) {
        return HttpResponse.<Map<String, String>>status(problem.status()).body(Map.of("message", problem.getMessage()));
    }
}
