package org.clinicverify.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.configuration.picocli.MicronautFactory;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.clinicverify.ClinicVerifyCommand;
import org.clinicverify.testsupport.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The create-key command in a command-line context (no HTTP server), as an operator runs it. */
class CreateKeyCommandTest {

    private ApplicationContext context;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() {
        Map<String, Object> properties = TestApp.withH2();
        properties.putAll(PartnerTestPlans.properties());
        context = ApplicationContext.builder(Environment.CLI, Environment.TEST).properties(properties).start();
    }

    @AfterEach
    void stop() {
        context.close();
    }

    private int run(String... args) {
        return new CommandLine(ClinicVerifyCommand.class, new MicronautFactory(context))
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
    }

    @Test
    void createsAPublishableKeyWithOriginsScopesAndPlan() {
        int exit = run("create-key", "--kind", "publishable", "--origin", "https://Partner.example:443",
                "--scope", "search", "--scope", "verify", "--plan", "standard", "Health portal");

        assertEquals(0, exit, err.toString());
        Matcher printed = Pattern.compile("pk_live_[0-9A-Za-z]{32}").matcher(out.toString());
        assertTrue(printed.find(), out.toString());
        PartnerKey key = context.getBean(ApiKeys.class).recognise(printed.group()).orElseThrow();
        assertEquals(List.of("https://partner.example"), key.allowedOrigins());
        assertEquals(Set.of(Scope.SEARCH, Scope.VERIFY), key.scopes());
        assertEquals("standard", key.plan());
    }

    @Test
    void refusesAnUnknownPlan() {
        int exit = run("create-key", "--kind", "secret", "--scope", "search", "--plan", "gold", "Health portal");

        assertEquals(2, exit);
        assertTrue(err.toString().contains("plan: unknown plan 'gold'"), err.toString());
    }
}
