package org.clinicverify.moderation;

import java.util.List;
import java.util.Locale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;

/** Account administration: ADMIN only. */
@Controller("/api/v1/admin")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
final class AdminController {

    private final Accounts accounts;

    AdminController(Accounts accounts) {
        this.accounts = accounts;
    }

    @Serdeable
    record NewUser(@Nullable String username, @Nullable String role, @Nullable String password) {
    }

    @Get("/users")
    List<AccountView> users() {
        return accounts.list();
    }

    @Post("/users")
    HttpResponse<AccountView> create(@Body NewUser request) {
        AccountView created = accounts.create(request.username(), role(request.role()), request.password());
        return HttpResponse.created(created).header("Location", "/api/v1/admin/users/" + created.username());
    }

    @Post("/users/{username}/disable")
    AccountView disable(@PathVariable String username) {
        return accounts.setEnabled(username, false);
    }

    @Post("/users/{username}/enable")
    AccountView enable(@PathVariable String username) {
        return accounts.setEnabled(username, true);
    }

    private static Role role(@Nullable String role) {
        try {
            return Role.valueOf(role == null ? "" : role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ModerationProblem.badRequest("role must be MODERATOR or ADMIN");
        }
    }
}
