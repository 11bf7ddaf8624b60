package org.clinicverify.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.clinicverify.SettingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single Elasticsearch node started as a child process on 127.0.0.1, for the embedded defaults.
 *
 * <p>Layout under its root folder (normally {@code $CLINICVERIFY_DATA_DIR/elasticsearch}): the
 * unpacked distribution (read-only), and {@code config/}, {@code data/}, {@code logs/}, {@code tmp/},
 * {@code run/} owned by the user the node runs as. The data survives restarts. A node left behind by
 * an app that was killed with {@code kill -9} is found through its pid file and stopped before a new
 * one starts, since both would want the same data folder.
 */
public final class LocalElasticsearchNode implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalElasticsearchNode.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Process process;
    private final URI url;
    private final Path root;

    private LocalElasticsearchNode(Process process, URI url, Path root) {
        this.process = process;
        this.url = url;
        this.root = root;
    }

    /** Unpacks (once), configures and starts a node under {@code root}, and waits until it is healthy. */
    public static LocalElasticsearchNode start(LocalNodeSettings settings, Path requestedRoot) {
        try {
            boolean asRoot = UnprivilegedUser.currentUserIsRoot();
            Path root = reachableRoot(requestedRoot, asRoot);
            Path home = ElasticsearchDistribution.unpackedHome(settings, root);
            Path config = root.resolve("config");
            Path pidFile = root.resolve("run").resolve("node.pid");
            stopLeftoverNode(pidFile);
            for (String folder : List.of("data", "logs", "tmp", "run")) {
                Files.createDirectories(root.resolve(folder));
            }
            copyDefaultConfig(home.resolve("config"), config);
            int port = freeLoopbackPort();
            writeNodeConfig(config.resolve("elasticsearch.yml"), root, port);

            List<String> command = new ArrayList<>();
            if (asRoot) {
                UnprivilegedUser user = UnprivilegedUser.ensureExists(settings.runAsUser());
                user.takeOwnership(config, root.resolve("data"), root.resolve("logs"), root.resolve("tmp"),
                        root.resolve("run"));
                command.addAll(user.commandPrefix());
                LOG.info("Running Elasticsearch as user '{}' (it refuses to run as root)", user.name());
            }
            command.addAll(List.of(home.resolve("bin/elasticsearch").toString(), "-p", pidFile.toString()));

            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(root.resolve("logs").resolve("console.log").toFile());
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(name -> name.startsWith("ES_") || name.equals("JAVA_TOOL_OPTIONS"));
            env.put("ES_JAVA_HOME", System.getProperty("java.home"));
            env.put("ES_JAVA_OPTS", "-Xms" + settings.heap() + " -Xmx" + settings.heap());
            env.put("ES_PATH_CONF", config.toString());
            env.put("ES_TMPDIR", root.resolve("tmp").toString());

            URI url = URI.create("http://127.0.0.1:" + port);
            LOG.info("Starting local Elasticsearch {} on {} (data in {})", settings.version(), url, root);
            LocalElasticsearchNode node = new LocalElasticsearchNode(builder.start(), url, root);
            node.awaitHealthy(settings.startupTimeout());
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the local Elasticsearch node under " + requestedRoot, e);
        }
    }

    public URI url() {
        return url;
    }

    /** The launcher process the app started; the server JVM is its child. */
    public ProcessHandle process() {
        return process.toHandle();
    }

    /** Stops the node and every process it started: nothing is left running after the app stops. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> tree = process.descendants().toList();
        LOG.info("Stopping local Elasticsearch on {}", url);
        process.destroy();
        tree.forEach(ProcessHandle::destroy);
        waitFor(process.toHandle(), STOP_GRACE);
        tree.forEach(handle -> waitFor(handle, STOP_GRACE));
        Stream.concat(Stream.of(process.toHandle()), tree.stream())
                .filter(ProcessHandle::isAlive)
                .forEach(ProcessHandle::destroyForcibly);
    }

    private void awaitHealthy(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(url.resolve("/_cluster/health?wait_for_status=yellow&timeout=2s"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new SettingException("the local Elasticsearch node exited during start-up (exit code "
                        + process.exitValue() + "). Last lines of " + consoleLog() + ":\n" + consoleTail());
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    LOG.info("Local Elasticsearch is up on {}", url);
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while waiting for Elasticsearch", e);
            }
            sleep(Duration.ofMillis(500));
        }
        close();
        throw new SettingException("the local Elasticsearch node did not become healthy within " + timeout
                + " (clinicverify.elasticsearch.local.startup-timeout). Last lines of " + consoleLog() + ":\n"
                + consoleTail());
    }

    private Path consoleLog() {
        return root.resolve("logs").resolve("console.log");
    }

    private String consoleTail() {
        try {
            List<String> lines = Files.readAllLines(consoleLog(), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException | RuntimeException e) {
            return "(no console output)";
        }
    }

    /**
     * When the app runs as root, the node runs as another user who must be able to walk down to its
     * folders. A data folder under a private home directory (such as /root) is out of its reach, so
     * the node then lives under /var/tmp instead, keyed by the data folder so restarts reuse it.
     */
    private static Path reachableRoot(Path requested, boolean asRoot) throws IOException {
        Path root = requested.toAbsolutePath().normalize();
        Files.createDirectories(root);
        if (!asRoot || UnprivilegedUser.othersCanTraverse(root)) {
            return root;
        }
        String key = Integer.toHexString(root.toString().hashCode());
        Path fallback = Path.of("/var/tmp", "clinic-verify-elasticsearch", key);
        LOG.warn("{} is not reachable by an unprivileged user; keeping the local Elasticsearch node in {}",
                root, fallback);
        return fallback;
    }

    private static void stopLeftoverNode(Path pidFile) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        String text = Files.readString(pidFile).trim();
        Optional<ProcessHandle> leftover = text.matches("\\d+")
                ? ProcessHandle.of(Long.parseLong(text)) : Optional.empty();
        leftover.filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().commandLine().orElse("").contains("elasticsearch"))
                .ifPresent(handle -> {
                    LOG.warn("Stopping a local Elasticsearch node left running by an earlier run (pid {})",
                            handle.pid());
                    handle.destroy();
                    waitFor(handle, STOP_GRACE);
                    if (handle.isAlive()) {
                        handle.destroyForcibly();
                        waitFor(handle, STOP_GRACE);
                    }
                });
        Files.deleteIfExists(pidFile);
    }

    private static void copyDefaultConfig(Path defaults, Path config) throws IOException {
        if (Files.isRegularFile(config.resolve("jvm.options"))) {
            return;
        }
        try (Stream<Path> files = Files.walk(defaults)) {
            for (Path source : files.toList()) {
                Path target = config.resolve(defaults.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void writeNodeConfig(Path file, Path root, int port) throws IOException {
        String yaml = String.join("\n",
                "# Written by clinic-verify at each start of its local node; edits are overwritten.",
                "cluster.name: clinic-verify-local",
                "node.name: clinic-verify-local",
                "path.data: " + root.resolve("data"),
                "path.logs: " + root.resolve("logs"),
                "network.host: 127.0.0.1",
                "http.port: " + port,
                "discovery.type: single-node",
                // A loopback-only development node: TLS and authentication would only get in the way.
                "xpack.security.enabled: false",
                // Small development disks must not flip the index to read-only.
                "cluster.routing.allocation.disk.threshold_enabled: false",
                "");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void waitFor(ProcessHandle handle, Duration timeout) {
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // Still running after the grace period; the caller escalates.
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
