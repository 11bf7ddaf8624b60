package org.clinicverify.partner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * The partner edge of /api/v1 (moderation, admin and login routes excepted: they belong to
 * micronaut-security and moderation's own login throttling). In order:
 * <ol>
 *   <li>CORS preflights are answered here (Micronaut's own CORS support is switched off).</li>
 *   <li>A presented key must be known and not revoked (401), carry the route's scope (403) and,
 *       if publishable, come from one of its origins (403) and never a secret key in a URL (401).</li>
 *   <li>The request is charged to the shared token buckets and daily quotas (429 with Retry-After).</li>
 *   <li>Responses get RateLimit-* headers; Access-Control-Allow-Origin only for a publishable key's
 *       own origin.</li>
 * </ol>
 * Runs before the security filter so that partner calls are throttled and preflights answered even
 * where security would refuse.
 */
@ServerFilter("/api/v1/**")
final class PartnerFilter implements Ordered {

    private static final String ADMISSION = PartnerFilter.class.getName() + ".admission";
    private static final String CALLER = PartnerFilter.class.getName() + ".caller";
    private static final Set<String> PREFLIGHT_METHODS = Set.of("GET", "POST", "HEAD");
    private static final String EXPOSED = "RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After";

    /** Who is calling, once authenticated: no key, or a key (and the origin it may answer to). */
    private record Caller(@Nullable PartnerKey key, @Nullable String corsOrigin) {
    }

    private final ApiKeys keys;
    private final Plans plans;
    private final SharedCounters counters;
    private final ClientAddress clientAddress;

    PartnerFilter(ApiKeys keys, Plans plans, SharedCounters counters, ClientAddress clientAddress) {
        this.keys = keys;
        this.plans = plans;
        this.counters = counters;
        this.clientAddress = clientAddress;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> admit(HttpRequest<?> request) {
        String path = request.getPath();
        if (RouteScopes.under(path, "/api/v1/moderation") || RouteScopes.under(path, "/api/v1/admin")
                || RouteScopes.under(path, "/api/v1/auth")) {
            return null;
        }
        String origin = request.getHeaders().getOrigin().orElse(null);
        if (request.getMethod() == HttpMethod.OPTIONS
                && request.getHeaders().contains(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD)) {
            return preflight(request, origin);
        }
        Credential credential = Credential.of(request);
        Caller caller = new Caller(null, null);
        if (credential instanceof Credential.Presented presented) {
            Optional<PartnerKey> found = keys.recognise(presented.key());
            if (found.isEmpty()) {
                return refuse(HttpStatus.UNAUTHORIZED, "Unknown API key", null);
            }
            PartnerKey key = found.get();
            if (key.revoked()) {
                return refuse(HttpStatus.UNAUTHORIZED, "API key " + key.prefix() + " has been revoked", null);
            }
            if (key.kind() == KeyKind.SECRET && presented.inUrl()) {
                return refuse(HttpStatus.UNAUTHORIZED, "Secret keys must be sent in the Authorization or X-Api-Key"
                        + " header, never in the URL; revoke this key and create a new one", null);
            }
            if (key.kind() == KeyKind.PUBLISHABLE && !key.allowsOrigin(origin)) {
                counters.countRefusal(key.id());
                return refuse(HttpStatus.FORBIDDEN, "API key " + key.prefix() + " is not valid from origin "
                        + (origin == null ? "(none)" : origin), null);
            }
            caller = new Caller(key, key.kind() == KeyKind.PUBLISHABLE ? origin : null);
            Optional<Scope> scope = RouteScopes.required(request.getMethod(), path);
            if (scope.isPresent() && !key.scopes().contains(scope.get())) {
                counters.countRefusal(key.id());
                return refuse(HttpStatus.FORBIDDEN, "API key " + key.prefix() + " lacks the "
                        + scope.get().name().toLowerCase(Locale.ROOT) + " scope", caller.corsOrigin());
            }
        }
        Admission admission = counters.admit(limits(caller, clientAddress.of(request)),
                caller.key() == null ? null : caller.key().id());
        if (admission instanceof Admission.Throttled throttled) {
            MutableHttpResponse<?> response = refuse(HttpStatus.TOO_MANY_REQUESTS, throttled.reason(), caller.corsOrigin());
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
            return rateLimitHeaders(response, throttled);
        }
        request.setAttribute(ADMISSION, admission);
        request.setAttribute(CALLER, caller);
        if (caller.key() != null) {
            request.setAttribute(PartnerAccess.KEY_ATTRIBUTE, caller.key());
        }
        return null;
    }

    @ResponseFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void decorate(HttpRequest<?> request, MutableHttpResponse<?> response) {
        Optional<Admission> admission = request.getAttribute(ADMISSION, Admission.class);
        Optional<Caller> caller = request.getAttribute(CALLER, Caller.class);
        if (admission.isEmpty() || caller.isEmpty()) {
            return;
        }
        rateLimitHeaders(response, admission.get());
        cors(response, caller.get().corsOrigin());
        PartnerKey key = caller.get().key();
        if (key != null && response.code() >= 400) {
            counters.countError(key.id());
        }
    }

    private List<Limit> limits(Caller caller, String ip) {
        List<Limit> limits = new ArrayList<>();
        PartnerKey key = caller.key();
        if (key == null) {
            limits.add(new Limit("ip:" + ip, plans.anonymous()));
        } else {
            limits.add(new Limit("key:" + key.id(), plans.of(key)));
            if (key.kind() == KeyKind.PUBLISHABLE) {
                limits.add(new Limit("key:" + key.id() + ":ip:" + ip, plans.visitor()));
            }
        }
        return limits;
    }

    /**
     * A preflight names no key value (browsers send none), unless the widget put it in the URL as
     * {@code key}. With a key: allowed only for that active publishable key's origins. Without: allowed
     * for an origin some active publishable key lists (the real request is then checked in full).
     */
    private MutableHttpResponse<?> preflight(HttpRequest<?> request, @Nullable String origin) {
        String method = request.getHeaders().get(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, String.class).orElse("");
        if (origin == null || !PREFLIGHT_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            return refuse(HttpStatus.FORBIDDEN, "CORS request not allowed", null);
        }
        Optional<String> keyParameter = request.getParameters().get(Credential.KEY_PARAMETER, String.class);
        boolean allowed = keyParameter.isPresent()
                ? keys.recognise(keyParameter.get().strip())
                        .filter(key -> !key.revoked() && key.kind() == KeyKind.PUBLISHABLE && key.allowsOrigin(origin))
                        .isPresent()
                : keys.originOfAnyPublishableKey(origin);
        if (!allowed) {
            return refuse(HttpStatus.FORBIDDEN, "Origin " + origin + " is not allowed", null);
        }
        MutableHttpResponse<?> response = HttpResponse.noContent();
        response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        response.header(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST, HEAD");
        response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, Credential.allowedRequestHeaders());
        response.header(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "600");
        return response;
    }

    private static MutableHttpResponse<?> refuse(HttpStatus status, String message, @Nullable String corsOrigin) {
        MutableHttpResponse<PartnerMessage> response = HttpResponse.<PartnerMessage>status(status)
                .body(new PartnerMessage(message));
        cors(response, corsOrigin);
        return response;
    }

    private static void cors(MutableHttpResponse<?> response, @Nullable String corsOrigin) {
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        if (corsOrigin != null) {
            response.getHeaders().set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, corsOrigin);
            response.getHeaders().set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
        }
    }

    private static MutableHttpResponse<?> rateLimitHeaders(MutableHttpResponse<?> response, Admission admission) {
        response.getHeaders().set("RateLimit-Limit", Long.toString(admission.limit()));
        response.getHeaders().set("RateLimit-Remaining", Long.toString(admission.remaining()));
        response.getHeaders().set("RateLimit-Reset", Long.toString(admission.resetSeconds()));
        return response;
    }
}
