package org.clinicverify.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

/**
 * Moderator and admin accounts: creation, disabling, and password login with throttling. Every
 * attempt is recorded; after {@code login-max-failures} failures for one username from one address
 * within {@code login-window} (not cleared by a later success), that pair is refused until the
 * oldest of those failures leaves the window. The password is not even checked while throttled.
 */
@Singleton
public class Accounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final UserAccountRepository users;
    private final LoginAttemptRepository attempts;
    private final PasswordHasher hasher;
    private final ModerationSettings settings;
    private final Clock clock;

    Accounts(UserAccountRepository users, LoginAttemptRepository attempts, PasswordHasher hasher,
             ModerationSettings settings, Clock clock) {
        this.users = users;
        this.attempts = attempts;
        this.hasher = hasher;
        this.settings = settings;
        this.clock = clock;
    }

    /** Creates an account; the password is hashed before it reaches the database. */
    public AccountView create(String username, Role role, String password) {
        String name = normalise(username);
        PasswordHasher.problemWith(password).ifPresent(problem -> {
            throw ModerationProblem.badRequest(problem);
        });
        if (users.existsByUsername(name)) {
            throw ModerationProblem.conflict("user '" + name + "' already exists");
        }
        return AccountView.of(users.save(new UserAccount(null, name, hasher.hash(password), role, true,
                clock.instant(), null)));
    }

    public AccountView setEnabled(String username, boolean enabled) {
        UserAccount account = users.findByUsername(normalise(username))
                .orElseThrow(() -> ModerationProblem.notFound("no user '" + username + "'"));
        return AccountView.of(users.update(account.withEnabled(enabled, clock.instant())));
    }

    public List<AccountView> list() {
        return users.findAllOrderByUsername().stream().map(AccountView::of).toList();
    }

    /** Whether the account behind a still-valid token may act (it may have been disabled since). */
    boolean isActive(String username) {
        return users.findByUsername(username).map(UserAccount::enabled).orElse(false);
    }

    LoginOutcome login(String username, String password, String clientIp) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        long failures = attempts.countRecentFailures(name, clientIp, now.minus(settings.loginWindow()));
        if (failures >= settings.loginMaxFailures()) {
            return new LoginOutcome.Throttled(settings.loginWindow());
        }
        Optional<UserAccount> account = users.findByUsername(name);
        boolean accepted;
        if (account.isEmpty()) {
            hasher.burnTime(password == null ? "" : password);
            accepted = false;
        } else {
            accepted = password != null && hasher.matches(password, account.get().passwordHash())
                    && account.get().enabled();
        }
        attempts.save(new LoginAttempt(null, clip(name), clientIp, accepted, now));
        return accepted ? new LoginOutcome.Accepted(account.get()) : new LoginOutcome.Rejected();
    }

    static String normalise(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw ModerationProblem.badRequest("username must be 2-64 characters of a-z, 0-9, '.', '_' or '-'");
        }
        return name;
    }

    private static String clip(String name) {
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
