package org.clinicverify.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.clinicverify.search.Cursor;
import org.clinicverify.search.SearchUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps the API's failures to JSON answers: bad input 400, search down 503; never a stack trace. */
final class ApiErrorHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrorHandlers.class);

    private ApiErrorHandlers() {
    }

    @Singleton
    @Produces
    @Requires(classes = {BadParameterException.class, ExceptionHandler.class})
    static final class BadParameter implements ExceptionHandler<BadParameterException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, BadParameterException e) {
            return HttpResponse.badRequest(new ApiError(e.getMessage(), e.parameter()));
        }
    }

    @Singleton
    @Produces
    @Requires(classes = {Cursor.InvalidCursorException.class, ExceptionHandler.class})
    static final class BadCursor implements ExceptionHandler<Cursor.InvalidCursorException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, Cursor.InvalidCursorException e) {
            return HttpResponse.badRequest(new ApiError(e.getMessage(), "cursor"));
        }
    }

    @Singleton
    @Produces
    @Requires(classes = {SearchUnavailableException.class, ExceptionHandler.class})
    static final class SearchDown implements ExceptionHandler<SearchUnavailableException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, SearchUnavailableException e) {
            LOG.error("{} {}: {}", request.getMethod(), request.getPath(), e.getMessage());
            return HttpResponse.<ApiError>status(io.micronaut.http.HttpStatus.SERVICE_UNAVAILABLE)
                    .body(new ApiError("Search is temporarily unavailable (the search index cannot be reached); "
                            + "please try again shortly.", null));
        }
    }

    /**
     * The database connection was lost (PostgreSQL restarting, network blip): 503 with a clear message
     * instead of a 500. The pool reconnects by itself; bench/drills (postgres-restart) proves it.
     */
    @Singleton
    @Produces
    @Requires(classes = {io.micronaut.data.connection.exceptions.ConnectionException.class, ExceptionHandler.class})
    static final class DatabaseDown implements ExceptionHandler<io.micronaut.data.connection.exceptions.ConnectionException,
            HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, io.micronaut.data.connection.exceptions.ConnectionException e) {
            LOG.error("{} {}: database connection lost: {}", request.getMethod(), request.getPath(), e.getMessage());
            return HttpResponse.<ApiError>status(io.micronaut.http.HttpStatus.SERVICE_UNAVAILABLE)
                    .body(new ApiError("The directory is temporarily unavailable (its database cannot be reached); "
                            + "please try again shortly.", null));
        }
    }
}
