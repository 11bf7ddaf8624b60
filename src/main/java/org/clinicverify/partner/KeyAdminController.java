package org.clinicverify.partner;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;

/** Admin API for partner keys; ADMIN role only (authentication comes from moderation's security). */
@Controller("/api/v1/admin/keys")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class KeyAdminController {

    @Serdeable
    record KeyRequest(String name, String kind, @Nullable List<String> origins, List<String> scopes,
                      @Nullable String plan) {
    }

    @Serdeable
    record KeyView(long id, String name, String prefix, String kind, List<String> origins, List<String> scopes,
                   String plan, Instant createdAt, @Nullable Instant revokedAt) {
    }

    /** The only response that ever carries the plain key. */
    @Serdeable
    record CreatedKeyView(KeyView key, String secret) {
    }

    @Serdeable
    record UsageView(long keyId, List<DailyUsage> days) {
    }

    @Serdeable
    record Problem(String message) {
    }

    private final ApiKeys keys;
    private final SharedCounters counters;

    KeyAdminController(ApiKeys keys, SharedCounters counters) {
        this.keys = keys;
        this.counters = counters;
    }

    @Post
    HttpResponse<?> create(@Body KeyRequest request) {
        NewKey newKey;
        try {
            newKey = new NewKey(request.name(), parse(KeyKind.class, request.kind(), "kind"),
                    request.origins(), scopes(request.scopes()), request.plan());
            CreatedKey created = keys.create(newKey);
            return HttpResponse.created(new CreatedKeyView(view(created.key()), created.plainKey()),
                    URI.create("/api/v1/admin/keys/" + created.key().id()));
        } catch (IllegalArgumentException e) {
            return HttpResponse.badRequest(new Problem(e.getMessage()));
        }
    }

    @Get
    List<KeyView> list() {
        return keys.list().stream().map(KeyAdminController::view).toList();
    }

    @Get("/{id}")
    Optional<KeyView> show(long id) {
        return keys.find(id).map(KeyAdminController::view);
    }

    @Delete("/{id}")
    Optional<KeyView> revoke(long id) {
        return keys.revoke(id).map(KeyAdminController::view);
    }

    @Get("/{id}/usage")
    HttpResponse<UsageView> usage(long id) {
        if (keys.find(id).isEmpty()) {
            return HttpResponse.status(HttpStatus.NOT_FOUND);
        }
        return HttpResponse.ok(new UsageView(id, counters.usage(id)));
    }

    private static Set<Scope> scopes(@Nullable List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new IllegalArgumentException("scopes: at least one of search, verify, submit");
        }
        return Set.copyOf(names.stream().map(name -> parse(Scope.class, name, "scopes")).toList());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, @Nullable String value, String parameter) {
        try {
            return Enum.valueOf(type, String.valueOf(value).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(parameter + ": unknown value '" + value + "'", e);
        }
    }

    private static KeyView view(PartnerKey key) {
        return new KeyView(key.id(), key.name(), key.prefix(), key.kind().name().toLowerCase(Locale.ROOT),
                key.allowedOrigins(), key.scopes().stream().sorted().map(s -> s.name().toLowerCase(Locale.ROOT)).toList(),
                key.plan(), key.createdAt(), key.revokedAt());
    }
}
