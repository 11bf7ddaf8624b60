package org.clinicverify;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Help, version and usage errors are answered by picocli without starting the application context,
 * so they work while the database is down: here it points at a port where nothing listens.
 */
class ApplicationHelpTest {

    private static final String URL_PROPERTY = "datasources.default.url";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;
    private String originalUrl;

    @BeforeEach
    void unreachableDatabaseAndCapturedOutput() {
        originalUrl = System.getProperty(URL_PROPERTY);
        System.setProperty(URL_PROPERTY, "jdbc:postgresql://127.0.0.1:1/unreachable");
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        if (originalUrl == null) {
            System.clearProperty(URL_PROPERTY);
        } else {
            System.setProperty(URL_PROPERTY, originalUrl);
        }
    }

    @Test
    void helpListsTheCommands() {
        int exit = Application.runCommand(new String[] {"--help"});

        String help = out.toString(StandardCharsets.UTF_8);
        assertAll(
                () -> assertEquals(0, exit, err.toString(StandardCharsets.UTF_8)),
                () -> assertTrue(help.startsWith("Usage: clinic-verify"), help),
                () -> assertTrue(help.contains("crawl"), help),
                () -> assertTrue(help.contains("import-rems"), help));
    }

    @Test
    void versionIsPrinted() {
        int exit = Application.runCommand(new String[] {"--version"});

        assertAll(
                () -> assertEquals(0, exit, err.toString(StandardCharsets.UTF_8)),
                () -> assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("clinic-verify "), out.toString()));
    }

    @Test
    void helpOfACommandShowsItsOptions() {
        int exit = Application.runCommand(new String[] {"assess", "--help"});

        String help = out.toString(StandardCharsets.UTF_8);
        assertAll(
                () -> assertEquals(0, exit, err.toString(StandardCharsets.UTF_8)),
                () -> assertTrue(help.startsWith("Usage: clinic-verify assess"), help),
                () -> assertTrue(help.contains("--batch"), help));
    }

    @Test
    void unknownOptionIsAUsageError() {
        int exit = Application.runCommand(new String[] {"crawl", "--config", "crawler-config/demo.yml", "--bogus"});

        String message = err.toString(StandardCharsets.UTF_8);
        assertAll(
                () -> assertEquals(2, exit, message),
                () -> assertTrue(message.startsWith("Unknown option: '--bogus'"), message),
                () -> assertTrue(message.contains("Usage: clinic-verify crawl"), message));
    }

    @Test
    void serveHelpIsAnsweredInsteadOfStartingTheService() {
        assertAll(
                () -> assertTrue(Application.startsTheService(new String[0])),
                () -> assertTrue(Application.startsTheService(new String[] {"serve"})),
                () -> assertFalse(Application.startsTheService(new String[] {"serve", "--help"})),
                () -> assertFalse(Application.startsTheService(new String[] {"crawl"})));

        int exit = Application.runCommand(new String[] {"serve", "--help"});

        String help = out.toString(StandardCharsets.UTF_8);
        assertAll(
                () -> assertEquals(0, exit, err.toString(StandardCharsets.UTF_8)),
                () -> assertTrue(help.startsWith("Usage: clinic-verify serve"), help));
    }
}
