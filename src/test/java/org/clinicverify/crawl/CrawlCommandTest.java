package org.clinicverify.crawl;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.micronaut.configuration.picocli.PicocliRunner;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.Test;

/** The {@code crawl} command as an operator meets it. */
class CrawlCommandTest {

    @Test
    void refusesABadConfigurationFileNamingFileLineAndProblem() throws Exception {
        Path file = Files.createDirectories(Path.of("target", "crawl-command-test")).resolve("bad.yml");
        Files.writeString(file, "user-agent: bot/1\nseeds:\n  - https://example.org/\npoliteness:\n  delay: often\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;

        Integer exit;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try (ApplicationContext context = ApplicationContext.run(CrawlTestSupport.h2().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.getKey(), e -> (Object) e.getValue())),
                Environment.CLI, Environment.TEST)) {
            exit = PicocliRunner.call(CrawlCommand.class, context, "--config", file.toString());
        } finally {
            System.setErr(original);
        }

        String message = err.toString(StandardCharsets.UTF_8);
        assertAll(
                () -> assertEquals(2, exit),
                () -> assertTrue(message.contains(file + ":5: 'delay' must be a duration"), message));
    }
}
