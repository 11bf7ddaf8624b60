package org.clinicverify.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The service's first-start crawl runs in the background against the configured crawl file. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrawlSchedulerTest implements TestPropertyProvider {

    @Inject
    CrawlRunner runner;

    @Inject
    PageStore store;

    @Inject
    DataSource dataSource;

    @Inject
    Frontier frontier;

    @Override
    public @NonNull Map<String, String> getProperties() {
        return CrawlTestSupport.h2();
    }

    @Test
    void crawlsTheConfiguredFileInTheBackgroundWhenNothingIsCrawledYet() throws Exception {
        CrawlTestSupport.clear(dataSource);
        try (TestWeb web = new TestWeb().robots("").page("/", "<p>home</p>")) {
            Path config = Files.createDirectories(Path.of("target", "crawl-scheduler-test")).resolve("first.yml");
            Files.writeString(config, "user-agent: bot/1\nallow-loopback: true\nmax-wait: 2s\nseeds:\n  - "
                    + web.base() + "/\n");
            RecordingSink sink = new RecordingSink();
            CrawlScheduler scheduler = new CrawlScheduler(new CrawlSettings(true, config.toString(), 0), runner, store,
                    frontier, Optional.of(sink));

            scheduler.onServerStartup(null);
            awaitFinished(sink);
            scheduler.stop();

            assertEquals(List.of(web.hostKey()), sink.finishedHosts);
        }
    }

    @Test
    void theFrontierTellsTheSchedulerWhenACrawlWasCutShort() throws Exception {
        CrawlTestSupport.clear(dataSource);
        try (TestWeb web = new TestWeb().robots("").page("/", "<a href=\"/a\">a</a>").page("/a", "<p>a</p>")) {
            Path config = Files.createDirectories(Path.of("target", "crawl-scheduler-test")).resolve("resume.yml");
            Files.writeString(config, "name: resume\nuser-agent: bot/1\nallow-loopback: true\nmax-wait: 2s\n"
                    + "seeds:\n  - " + web.base() + "/\n");
            runner.crawl(runner.load(config), PageSink.NONE, CrawlProgress.Listener.NONE);
            assertFalse(frontier.hasUnfinished("resume"), "a finished crawl has nothing left");

            // As if the service had been killed before it fetched the second page.
            try (var connection = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
                    .unwrapDataSource(dataSource).getConnection(); var update = connection.prepareStatement(
                    "UPDATE crawl_url SET state = 'queued' WHERE crawl = 'resume' AND url LIKE '%/a'")) {
                assertEquals(1, update.executeUpdate());
            }

            assertTrue(frontier.hasUnfinished("resume"), "so the service resumes it at start");
            assertFalse(frontier.hasUnfinished("another-crawl"));
        }
    }

    private static void awaitFinished(RecordingSink sink) throws InterruptedException {
        Instant limit = Instant.now().plus(Duration.ofMinutes(1));
        while (sink.finishedHosts.isEmpty() && Instant.now().isBefore(limit)) {
            Thread.sleep(50);
        }
    }
}
