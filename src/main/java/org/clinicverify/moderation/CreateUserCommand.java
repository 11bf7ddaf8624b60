package org.clinicverify.moderation;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Function;

import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code create-user --role ADMIN NAME}: creates a moderator or admin account (the way to bootstrap
 * the first admin). The password never comes from the command line (it would sit in the shell
 * history and the process list): it is read from {@code CLINICVERIFY_NEW_USER_PASSWORD} when set,
 * otherwise prompted for twice on the terminal, otherwise read as one line from standard input
 * (for {@code printf '%s\n' "$PW" | clinic-verify create-user ...}).
 */
@Command(name = "create-user", mixinStandardHelpOptions = true,
        description = "Create a moderator or admin account. Password: env CLINICVERIFY_NEW_USER_PASSWORD, "
                + "else a prompt, else one line on standard input; never an argument.")
public final class CreateUserCommand implements Callable<Integer> {

    static final String PASSWORD_ENV = "CLINICVERIFY_NEW_USER_PASSWORD";

    @Option(names = "--role", required = true, description = "MODERATOR or ADMIN")
    Role role;

    @Parameters(index = "0", paramLabel = "NAME", description = "login name (a-z, 0-9, '.', '_', '-')")
    String name;

    @Inject
    Accounts accounts;

    /** The process environment and terminal; replaced in tests. */
    Function<String, String> environment = System::getenv;
    Console console = System.console();
    BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintStream out = System.out;
    PrintStream err = System.err;

    @Override
    public Integer call() throws IOException {
        String password = readPassword();
        if (password == null) {
            return 1;
        }
        try {
            AccountView created = accounts.create(name, role, password);
            out.println("created " + created.role() + " account '" + created.username() + "'");
            return 0;
        } catch (ModerationProblem problem) {
            err.println("create-user: " + problem.getMessage());
            return 1;
        }
    }

    private String readPassword() throws IOException {
        String fromEnvironment = environment.apply(PASSWORD_ENV);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        if (console != null) {
            char[] first = console.readPassword("Password for %s: ", name);
            char[] second = console.readPassword("Repeat the password: ");
            try {
                if (first == null || !Arrays.equals(first, second)) {
                    err.println("create-user: the passwords differ");
                    return null;
                }
                return new String(first);
            } finally {
                Arrays.fill(first == null ? new char[0] : first, ' ');
                Arrays.fill(second == null ? new char[0] : second, ' ');
            }
        }
        String line = stdin.readLine();
        if (line == null || line.isEmpty()) {
            err.println("create-user: no password: set " + PASSWORD_ENV + ", run in a terminal, or pipe it on stdin");
            return null;
        }
        return line;
    }
}
