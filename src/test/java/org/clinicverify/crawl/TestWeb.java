package org.clinicverify.crawl;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 for crawler tests: routes are set per test, every request is logged
 * with its arrival time so tests can check what the crawler asked for and when.
 */
final class TestWeb implements AutoCloseable {

    /** Answers one request. */
    @FunctionalInterface
    interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    record Hit(String path, Instant at) {
    }

    private final HttpServer server;
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    private final List<Hit> hits = new CopyOnWriteArrayList<>();

    TestWeb() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "test-web");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            hits.add(new Hit(path, Instant.now()));
            Handler handler = routes.get(path);
            try (exchange) {
                if (handler == null) {
                    send(exchange, 404, "text/html", "<p>not found</p>");
                } else {
                    handler.handle(exchange);
                }
            } catch (IOException e) {
                // The crawler hung up (cut a slow or huge page): expected in some tests.
            }
        });
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String hostKey() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    TestWeb route(String path, Handler handler) {
        routes.put(path, handler);
        return this;
    }

    TestWeb page(String path, String html) {
        return route(path, exchange -> send(exchange, 200, "text/html; charset=UTF-8", html));
    }

    TestWeb robots(String text) {
        return route("/robots.txt", exchange -> send(exchange, 200, "text/plain", text));
    }

    TestWeb redirect(String path, int status, String location) {
        return route(path, exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(status, -1);
        });
    }

    List<Hit> hits() {
        return List.copyOf(hits);
    }

    List<String> paths() {
        return hits.stream().map(Hit::path).toList();
    }

    long count(String path) {
        return hits.stream().filter(hit -> hit.path().equals(path)).count();
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static String links(String... hrefs) {
        StringBuilder html = new StringBuilder("<html><body>");
        for (String href : hrefs) {
            html.append("<a href=\"").append(href).append("\">").append(href).append("</a>\n");
        }
        return html.append("</body></html>").toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
