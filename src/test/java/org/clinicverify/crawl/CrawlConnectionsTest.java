package org.clinicverify.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A crawl gets a database connection per worker plus the reserve, whatever the configured pool. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrawlConnectionsTest implements TestPropertyProvider {

    @Inject
    CrawlRunner runner;

    @Inject
    CrawlConnections connections;

    @Override
    public @NonNull Map<String, String> getProperties() {
        Map<String, String> properties = CrawlTestSupport.h2();
        properties.put("datasources.default.maximum-pool-size", "2");
        properties.put("clinicverify.crawl.pool-reserve", "3");
        properties.put("clinicverify.crawl.background", "false");
        return properties;
    }

    @Test
    void aCrawlRaisesThePoolToItsWorkersPlusTheReserveAndNeverLowersIt() throws IOException {
        HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        site.createContext("/", exchange -> {
            boolean robots = exchange.getRequestURI().getPath().equals("/robots.txt");
            byte[] body = (robots ? "User-agent: *\nAllow: /\n" : "<html><body><p>Clinic</p></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", robots ? "text/plain" : "text/html");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        site.start();
        try {
            CrawlReport report = runner.crawl(CrawlTestSupport.config("", "http://127.0.0.1:" + site.getAddress().getPort() + "/"),
                    PageSink.NONE, CrawlProgress.Listener.NONE);

            assertEquals(1, report.hostsFinished());
            assertEquals(4 + 3, connections.maximumPoolSize(), "4 workers (CrawlTestSupport) plus a reserve of 3");
            connections.fit(1);
            assertEquals(7, connections.maximumPoolSize());
        } finally {
            site.stop(0);
        }
    }
}
