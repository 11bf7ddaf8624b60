package org.clinicverify.moderation;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;

/** The moderators' API. Every route needs the MODERATOR or ADMIN role. */
@Controller("/api/v1/moderation")
@Secured({"MODERATOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
final class ModerationController {

    private final ModerationQueue queue;
    private final QueueReader reader;
    private final Accounts accounts;
    private final Clock clock;

    ModerationController(ModerationQueue queue, QueueReader reader, Accounts accounts, Clock clock) {
        this.queue = queue;
        this.reader = reader;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Serdeable
    record DecisionRequest(@Nullable String decision, @Nullable String reason, @Nullable Long version) {
    }

    @Serdeable
    record OpenRequest(@Nullable String host, @Nullable String note) {
    }

    @Serdeable
    record ReportedToHostRequest(@Nullable Instant reportedAt, @Nullable String note, @Nullable Long version) {
    }

    @Get("/queue")
    QueueReader.QueuePage queue(@Nullable @QueryValue String state, @Nullable @QueryValue String cursor,
                                @QueryValue(defaultValue = "50") int limit, Authentication user) {
        active(user);
        return reader.queue(state == null || state.isBlank() ? null : state(state, "state"), cursor, limit);
    }

    @Post("/items")
    HttpResponse<ItemView> open(@Body OpenRequest request, Authentication user) {
        ItemView item = queue.openManually(PublicReports.hostOf(request.host(), "host"), active(user),
                request.note());
        return HttpResponse.created(item).header("Location", "/api/v1/moderation/items/" + item.id());
    }

    @Get("/items/{id}")
    QueueReader.ItemDetail item(@PathVariable long id, Authentication user) {
        active(user);
        return reader.detail(queue.find(id));
    }

    @Post("/items/{id}/claim")
    ItemView claim(@PathVariable long id, Authentication user) {
        return queue.claim(id, active(user));
    }

    @Post("/items/{id}/decisions")
    ItemView decide(@PathVariable long id, @Body DecisionRequest request, Authentication user) {
        String moderator = active(user);
        if (request.decision() == null) {
            throw ModerationProblem.badRequest("decision is required");
        }
        if (request.version() == null) {
            throw ModerationProblem.badRequest("version is required (the item version you reviewed)");
        }
        return queue.decide(id, state(request.decision(), "decision"), request.reason(), request.version(), moderator);
    }

    @Post("/items/{id}/reported-to-host")
    ItemView reportedToHost(@PathVariable long id, @Body ReportedToHostRequest request, Authentication user) {
        String moderator = active(user);
        if (request.version() == null) {
            throw ModerationProblem.badRequest("version is required (the item version you reviewed)");
        }
        return queue.recordReportedToHost(id, request.reportedAt() == null ? clock.instant() : request.reportedAt(),
                request.note(), request.version(), moderator);
    }

    @Get("/audit")
    QueueReader.AuditPage audit(@Nullable @QueryValue Long item, @Nullable @QueryValue String moderator,
                                @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                @Nullable @QueryValue Long cursor, @QueryValue(defaultValue = "50") int limit,
                                Authentication user) {
        active(user);
        return reader.audit(item, moderator, instant(from, "from"), instant(to, "to"), cursor, limit);
    }

    /** The token may outlive a disabled account: check the account on every request. */
    private String active(Authentication user) {
        if (!accounts.isActive(user.getName())) {
            throw new ModerationProblem(HttpStatus.FORBIDDEN, "account is disabled");
        }
        return user.getName();
    }

    private static ItemState state(String value, String parameter) {
        try {
            return ItemState.fromId(value);
        } catch (IllegalArgumentException e) {
            throw ModerationProblem.badRequest(parameter + " must be one of pending_review, needs_info, "
                    + "confirmed_rogue, confirmed_unapproved, dismissed");
        }
    }

    private static @Nullable Instant instant(@Nullable String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ModerationProblem.badRequest(parameter + " must be an ISO-8601 instant such as 2026-11-22T10:00:00Z");
        }
    }
}
