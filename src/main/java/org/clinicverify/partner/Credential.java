package org.clinicverify.partner;

import java.util.Locale;
import java.util.Optional;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;

/** What a request presents: nothing (anonymous) or a key, and where the key came from. */
sealed interface Credential {

    String API_KEY_HEADER = "X-Api-Key";
    String KEY_PARAMETER = "key";

    record Anonymous() implements Credential {
    }

    record Presented(String key, boolean inUrl) implements Credential {
    }

    /**
     * Reads {@code Authorization: Bearer sk_…|pk_…}, then {@code X-Api-Key}, then the {@code key}
     * query parameter. Bearer tokens that are not our keys (a moderator's JWT) are left alone.
     */
    static Credential of(HttpRequest<?> request) {
        Optional<String> bearer = request.getHeaders().getAuthorization()
                .filter(value -> value.toLowerCase(Locale.ROOT).startsWith("bearer "))
                .map(value -> value.substring("bearer ".length()).strip())
                .filter(token -> token.startsWith("sk_") || token.startsWith("pk_"));
        if (bearer.isPresent()) {
            return new Presented(bearer.get(), false);
        }
        Optional<String> header = request.getHeaders().get(API_KEY_HEADER, String.class).map(String::strip);
        if (header.isPresent()) {
            return new Presented(header.get(), false);
        }
        return request.getParameters().get(KEY_PARAMETER, String.class).map(String::strip)
                .<Credential>map(key -> new Presented(key, true)).orElse(new Anonymous());
    }

    /** Header names used below; kept here so the filter and the preflight agree. */
    static String allowedRequestHeaders() {
        return String.join(", ", HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, API_KEY_HEADER);
    }
}
