package org.clinicverify.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.micronaut.configuration.picocli.MicronautFactory;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.clinicverify.ClinicVerifyCommand;
import org.clinicverify.testsupport.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import picocli.CommandLine;

/** {@code create-user}: the password comes from the environment or standard input and is stored hashed. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CreateUserCommandTest implements TestPropertyProvider {

    @Inject
    ApplicationContext context;

    @Inject
    UserAccountRepository users;

    @Override
    public @NonNull Map<String, String> getProperties() {
        return ModerationTestSupport.properties(TestApp.withH2());
    }

    @Test
    void takesThePasswordFromTheEnvironmentAndStoresOnlyAHash() {
        CreateUserCommand command = command(Map.of(CreateUserCommand.PASSWORD_ENV, "env-password-1234"), "");

        int exit = new CommandLine(command).execute("--role", "ADMIN", "root");

        String stored = users.findByUsername("root").orElseThrow().passwordHash();
        assertEquals(0, exit);
        assertTrue(stored.startsWith("$2") && !stored.contains("env-password-1234"), stored);
    }

    @Test
    void readsThePasswordFromStandardInputWithoutATerminal() {
        CreateUserCommand command = command(Map.of(), "piped-password-1234\n");

        new CommandLine(command).execute("--role", "MODERATOR", "piped");

        assertEquals(Role.MODERATOR, users.findByUsername("piped").orElseThrow().role());
    }

    @Test
    void refusesAPasswordOnTheCommandLine() {
        CreateUserCommand command = command(Map.of(), "");

        int exit = new CommandLine(command).execute("--role", "ADMIN", "sneaky", "--password=hunter2hunter2");

        assertNotEquals(0, exit);
        assertTrue(users.findByUsername("sneaky").isEmpty());
    }

    @Test
    void refusesAShortPassword() {
        CreateUserCommand command = command(Map.of(CreateUserCommand.PASSWORD_ENV, "short"), "");

        int exit = new CommandLine(command).execute("--role", "ADMIN", "weakling");

        assertEquals(1, exit);
    }

    @Test
    void isASubcommandOfTheApplication() {
        CommandLine root = new CommandLine(ClinicVerifyCommand.class, new MicronautFactory(context));

        assertTrue(root.getSubcommands().containsKey("create-user"));
    }

    private CreateUserCommand command(Map<String, String> environment, String stdin) {
        CreateUserCommand command = context.createBean(CreateUserCommand.class);
        command.environment = environment::get;
        command.console = null;
        command.stdin = new BufferedReader(new StringReader(stdin));
        command.out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        command.err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return command;
    }
}
