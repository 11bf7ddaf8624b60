package org.clinicverify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the real service in its own JVM with a bad setting, as an operator would, and checks that
 * it stops with one line naming the setting instead of a stack trace.
 */
class StartupErrorTest {

    @TempDir
    Path dataDir;

    @Test
    void unreachableElasticsearchUrlIsNamed() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Result result = serve(Map.of("ELASTICSEARCH_URL", "http://127.0.0.1:" + closedPort));

        assertEquals(1, result.exitCode(), result.output());
        assertTrue(result.output().contains("ELASTICSEARCH_URL"), result.output());
        assertTrue(result.output().contains("127.0.0.1:" + closedPort), result.output());
        assertFalse(result.output().contains("\tat "), "no stack trace: " + result.output());
    }

    @Test
    void malformedElasticsearchUrlIsNamed() throws Exception {
        Result result = serve(Map.of("ELASTICSEARCH_URL", "not a url"));

        assertEquals(1, result.exitCode(), result.output());
        assertTrue(result.output().contains("ELASTICSEARCH_URL"), result.output());
        assertTrue(result.output().contains("not a valid URL"), result.output());
        assertFalse(result.output().contains("\tat "), "no stack trace: " + result.output());
    }

    @Test
    void malformedDatasourceUrlIsNamed() throws Exception {
        Result result = serve(Map.of("DATASOURCES_DEFAULT_URL", "jdbc:nosuchdriver://nowhere/db",
                "ELASTICSEARCH_URL", "http://127.0.0.1:9"));

        assertEquals(1, result.exitCode(), result.output());
        assertTrue(result.output().contains("DATASOURCES_DEFAULT_URL"), result.output());
        assertFalse(result.output().contains("\tat "), "no stack trace: " + result.output());
    }

    private Result serve(Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Application.class.getName()))
                .redirectErrorStream(true);
        builder.environment().put("CLINICVERIFY_DATA_DIR", dataDir.toString());
        builder.environment().put("CLINICVERIFY_PORT", "0");
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the service did not stop on a bad setting: " + output);
        }
        return new Result(process.exitValue(), output);
    }

    private record Result(int exitCode, String output) {
    }
}
