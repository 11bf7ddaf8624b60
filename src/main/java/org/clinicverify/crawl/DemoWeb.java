package org.clinicverify.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Serves the bundled demo web ({@code demo-web/<site-id>/} on the classpath, format in
 * specs/demo-web-format.md): one JDK HTTP server per site on 127.0.0.1 and an ephemeral port, so
 * each site is its own host for politeness. {@code {{BASE}}} and {@code {{SITE:id}}} are replaced
 * on the bytes read as ISO-8859-1 (placeholders are ASCII), so files in windows-1252 or UTF-8 go
 * out unchanged otherwise. site.yml {@code redirects} answer 301, {@code aliases} serve the same file
 * under a second path. Responses carry an ETag and honour If-None-Match, so a recrawl sees 304s.
 *
 * <p>Every request is logged ({@link #requests}) so tests can check what a crawl asked for.
 */
@Singleton
public final class DemoWeb {

    private static final String ROOT = "demo-web";
    private static final int MAX_LOGGED_REQUESTS = 100_000;

    /** One request the demo web answered. */
    public record Request(String siteId, String path, int status, Instant at) {
    }

    private final Clock clock;
    private final int firstPort;
    private final List<HttpServer> servers = new ArrayList<>();
    private final Map<String, URI> bases = new TreeMap<>();
    private final ConcurrentLinkedQueue<Request> requests = new ConcurrentLinkedQueue<>();
    private ExecutorService executor;

    @jakarta.inject.Inject
    public DemoWeb(Clock clock, CrawlSettings settings) {
        this(clock, settings.demoWebPort());
    }

    /** @param firstPort site n listens on firstPort + n when free; 0 for ephemeral ports */
    public DemoWeb(Clock clock, int firstPort) {
        this.clock = clock;
        this.firstPort = firstPort;
    }

    /** Starts every site (once) and returns site id to base URL (no trailing slash). */
    public synchronized Map<String, URI> start() {
        if (!servers.isEmpty()) {
            return Collections.unmodifiableMap(bases);
        }
        executor = Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "demo-web");
            thread.setDaemon(true);
            return thread;
        });
        List<Site> sites = readSites();
        try {
            for (int i = 0; i < sites.size(); i++) {
                Site site = sites.get(i);
                HttpServer server = bind(firstPort == 0 ? 0 : firstPort + i);
                server.setExecutor(executor);
                servers.add(server);
                bases.put(site.id(), URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
            }
            for (int i = 0; i < sites.size(); i++) {
                Site site = sites.get(i);
                servers.get(i).createContext("/", exchange -> serve(site, exchange));
                servers.get(i).start();
            }
        } catch (IOException e) {
            stop();
            throw new UncheckedIOException("cannot start the demo web on 127.0.0.1", e);
        }
        return Collections.unmodifiableMap(bases);
    }

    /** Binds the wanted loopback port, or an ephemeral one when it is taken. */
    private static HttpServer bind(int port) throws IOException {
        try {
            return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        } catch (java.net.BindException e) {
            return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        }
    }

    /** Requests answered so far, oldest first. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    @PreDestroy
    public synchronized void stop() {
        servers.forEach(server -> server.stop(0));
        servers.clear();
        bases.clear();
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private record Site(String id, Path dir, Map<String, String> redirects, Map<String, String> aliases) {
    }

    private void serve(Site site, HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            int status = answer(site, path, exchange);
            if (requests.size() < MAX_LOGGED_REQUESTS) {
                requests.add(new Request(site.id(), path, status, clock.instant()));
            }
        }
    }

    private int answer(Site site, String path, HttpExchange exchange) throws IOException {
        if (site.redirects().containsKey(path)) {
            exchange.getResponseHeaders().add("Location", bases.get(site.id()) + site.redirects().get(path));
            exchange.sendResponseHeaders(301, -1);
            return 301;
        }
        String filePath = site.aliases().getOrDefault(path, path);
        if (filePath.endsWith("/")) {
            filePath = filePath + "index.html";
        }
        Optional<Path> file = resolve(site.dir(), filePath);
        if (file.isEmpty()) {
            byte[] body = "<html><body><h1>Not found</h1></body></html>".getBytes(StandardCharsets.US_ASCII);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(404, body.length);
            exchange.getResponseBody().write(body);
            return 404;
        }
        byte[] body = substitute(site, Files.readAllBytes(file.get()));
        String etag = "\"" + PageStore.contentHash(body).substring(0, 16) + "\"";
        exchange.getResponseHeaders().add("Content-Type", contentType(filePath));
        exchange.getResponseHeaders().add("ETag", etag);
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
            return 304;
        }
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
        return 200;
    }

    private static Optional<Path> resolve(Path dir, String requestPath) {
        String relative = requestPath.startsWith("/") ? requestPath.substring(1) : requestPath;
        if (relative.equals("site.yml") || relative.contains("..") || relative.isEmpty()) {
            return Optional.empty();
        }
        Path file = dir.resolve(relative);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private byte[] substitute(Site site, byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        if (!text.contains("{{")) {
            return raw;
        }
        text = text.replace("{{BASE}}", bases.get(site.id()).toString());
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\{\\{SITE:([a-z0-9-]+)}}").matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            URI other = bases.get(matcher.group(1));
            matcher.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                    other == null ? matcher.group() : other.toString()));
        }
        matcher.appendTail(out);
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String contentType(String path) {
        if (path.endsWith(".html") || path.endsWith(".htm")) {
            return "text/html";
        }
        if (path.endsWith(".xml")) {
            return "application/xml";
        }
        if (path.endsWith(".txt")) {
            return "text/plain";
        }
        return "application/octet-stream";
    }

    @SuppressWarnings("unchecked")
    private static List<Site> readSites() {
        Path root = rootPath();
        List<Site> sites = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                Path siteYml = dir.resolve("site.yml");
                if (!Files.isRegularFile(siteYml)) {
                    continue;
                }
                Map<String, Object> meta;
                try (InputStream in = Files.newInputStream(siteYml)) {
                    meta = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
                }
                String id = dir.getFileName().toString().replace("/", "");
                sites.add(new Site(id, dir, stringMap(meta.get("redirects")), stringMap(meta.get("aliases"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled demo web", e);
        }
        return sites;
    }

    private static Map<String, String> stringMap(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return Map.of();
        }
        Map<String, String> strings = new TreeMap<>();
        map.forEach((k, v) -> strings.put(String.valueOf(k), String.valueOf(v)));
        return strings;
    }

    /** The demo-web folder, whether the classpath entry is a directory or the application jar. */
    private static Path rootPath() {
        URL url = DemoWeb.class.getClassLoader().getResource(ROOT);
        if (url == null) {
            throw new IllegalStateException("the demo web is not on the classpath (" + ROOT + "/)");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                return jar.getPath(ROOT);
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the demo web at " + url, e);
        }
    }
}
