package org.clinicverify.search;

/** Elasticsearch cannot answer (down, unreachable or refusing): searches report 503, not 500. */
public final class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
