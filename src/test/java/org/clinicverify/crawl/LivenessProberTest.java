package org.clinicverify.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One liveness probe against real HTTP servers on loopback, through the crawler's guarded client. */
class LivenessProberTest {

    private static final Instant NOW = Instant.parse("2026-11-22T04:00:00Z");
    private static final LivenessProber.Limits ALLOW_LOOPBACK =
            new LivenessProber.Limits(Duration.ofSeconds(5), 1024, true);
    private static final LivenessProber.Limits PUBLIC_ONLY =
            new LivenessProber.Limits(Duration.ofSeconds(5), 1024, false);

    private final TestWeb web = new TestWeb();

    @AfterEach
    void stopWeb() {
        web.close();
    }

    @Test
    void aSiteWhoseRootAnswers200IsOnline() {
        web.page("/", "<p>shop</p>");

        LivenessOutcome outcome = probe(ALLOW_LOOPBACK, HostResolver.system(), URI.create(web.base() + "/shop/item"));

        assertEquals(new LivenessOutcome.Answered(URI.create(web.base() + "/"), 200, NOW), outcome);
    }

    @Test
    void aRedirectCountsAsOnlineAndIsNotFollowed() {
        web.redirect("/", 302, "/elsewhere");

        probe(ALLOW_LOOPBACK, HostResolver.system(), URI.create(web.base() + "/"));

        assertEquals(List.of("/"), web.paths());
    }

    @Test
    void aServerErrorStillCountsAsOnline() {
        web.route("/", exchange -> TestWeb.send(exchange, 503, "text/plain", "down for maintenance"));

        assertTrue(probe(ALLOW_LOOPBACK, HostResolver.system(), URI.create(web.base() + "/")).online());
    }

    @Test
    void aRootAnswering410IsGone() {
        web.route("/", exchange -> TestWeb.send(exchange, 410, "text/plain", "gone"));

        LivenessOutcome outcome = probe(ALLOW_LOOPBACK, HostResolver.system(), URI.create(web.base() + "/"));

        assertEquals(new LivenessOutcome.Gone(URI.create(web.base() + "/"), 410, NOW), outcome);
    }

    @Test
    void aRootAnswering404IsOffline() {
        LivenessOutcome outcome = probe(ALLOW_LOOPBACK, HostResolver.system(), URI.create(web.base() + "/"));

        assertInstanceOf(LivenessOutcome.Gone.class, outcome);
    }

    @Test
    void aPortWithNothingListeningIsUnreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        LivenessOutcome outcome = probe(ALLOW_LOOPBACK, HostResolver.system(), URI.create("http://127.0.0.1:" + port + "/"));

        assertInstanceOf(LivenessOutcome.Unreachable.class, outcome);
    }

    @Test
    void aNameThatDoesNotResolveIsUnreachable() {
        HostResolver noAnswer = host -> List.of();

        LivenessOutcome outcome = probe(ALLOW_LOOPBACK, noAnswer, URI.create("https://vanished.test/"));

        assertInstanceOf(LivenessOutcome.Unreachable.class, outcome);
    }

    @Test
    void aNameResolvingToLoopbackIsRefusedWithoutARequestWhenPrivateAddressesAreNotAllowed() {
        web.page("/", "<p>shop</p>");
        HostResolver toLoopback = host -> List.of(InetAddress.getLoopbackAddress());
        URI url = URI.create("http://seller.test:" + URI.create(web.base()).getPort() + "/");

        LivenessOutcome outcome = probe(PUBLIC_ONLY, toLoopback, url);

        assertEquals(List.of("refused", "no request"), List.of(
                outcome instanceof LivenessOutcome.Refused ? "refused" : outcome.toString(),
                web.hits().isEmpty() ? "no request" : web.paths().toString()));
    }

    @Test
    void aLoopbackIpLiteralIsRefusedWhenPrivateAddressesAreNotAllowed() {
        web.page("/", "<p>shop</p>");

        LivenessOutcome outcome = probe(PUBLIC_ONLY, HostResolver.system(), URI.create(web.base() + "/"));

        assertInstanceOf(LivenessOutcome.Refused.class, outcome);
    }

    @Test
    void theProbeSendsTheCrawlersUserAgent() {
        List<String> agents = new CopyOnWriteArrayList<>();
        web.route("/", exchange -> {
            agents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            TestWeb.send(exchange, 200, "text/html", "<p>shop</p>");
        });

        probe(ALLOW_LOOPBACK, HostResolver.system(), URI.create(web.base() + "/"));

        assertEquals(List.of("clinic-verify-bot/0.1 (+https://clinic-verify.example/bot)"), agents);
    }

    private static LivenessOutcome probe(LivenessProber.Limits limits, HostResolver resolver, URI url) {
        LivenessProber prober = new LivenessProber(new CrawlSettings(false, "crawler-config/demo.yml", 0),
                new CrawlConfigLoader(), resolver, Clock.fixed(NOW, ZoneOffset.UTC));
        try (LivenessProber.Session session = prober.open(limits)) {
            return session.probe(url);
        }
    }
}
