package org.clinicverify.crawl;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class CrawlConfigLoaderTest {

    private final CrawlConfigLoader loader = new CrawlConfigLoader();

    @Test
    void readsTheShippedDemoConfiguration() {
        CrawlConfig demo = loader.load(Path.of("crawler-config/demo.yml"));

        assertAll(
                () -> assertEquals(List.of("demo:*"), demo.seeds()),
                () -> assertTrue(demo.allowLoopback()),
                () -> assertFalse(demo.allowPrivateAddresses()),
                () -> assertEquals(Duration.ofMillis(200), demo.delay()));
    }

    @Test
    void readsTheShippedProductionConfigurationWithTheGuardOn() {
        CrawlConfig production = loader.load(Path.of("crawler-config/production.yml"));

        assertAll(
                () -> assertFalse(production.allowLoopback()),
                () -> assertFalse(production.allowPrivateAddresses()),
                () -> assertEquals(Duration.ofSeconds(5), production.delay()),
                () -> assertEquals(2L * 1024 * 1024, production.maxPageBytes()));
    }

    @Test
    void refusesAnUnknownKeyNamingFileAndLine() {
        String yaml = "user-agent: bot/1\nseeds:\n  - https://example.org/\nmax-dept: 3\n";

        CrawlConfigException error = assertThrows(CrawlConfigException.class,
                () -> loader.parse(Path.of("crawler-config/bad.yml"), yaml));

        assertTrue(error.getMessage().startsWith("crawler-config/bad.yml:4: unknown key 'max-dept'"), error.getMessage());
    }

    @Test
    void refusesAMalformedDurationNamingFileAndLine() {
        String yaml = "user-agent: bot/1\nseeds: [https://example.org/]\npoliteness:\n  delay: soon\n";

        CrawlConfigException error = assertThrows(CrawlConfigException.class,
                () -> loader.parse(Path.of("bad.yml"), yaml));

        assertTrue(error.getMessage().startsWith("bad.yml:4: 'delay' must be a duration"), error.getMessage());
    }

    @Test
    void refusesInvalidYamlNamingFileAndLine() {
        String yaml = "user-agent: bot/1\nseeds:\n  - https://example.org/\n workers: [2\n";

        CrawlConfigException error = assertThrows(CrawlConfigException.class,
                () -> loader.parse(Path.of("broken.yml"), yaml));

        assertTrue(error.getMessage().matches("broken\\.yml:\\d+: not valid YAML: .*"), error.getMessage());
    }

    @Test
    void refusesASeedThatIsNotAnHttpUrl() {
        String yaml = "user-agent: bot/1\nseeds:\n  - https://example.org/\n  - ftp://example.org/file\n";

        CrawlConfigException error = assertThrows(CrawlConfigException.class,
                () -> loader.parse(Path.of("seeds.yml"), yaml));

        assertTrue(error.getMessage().startsWith("seeds.yml:4: 'ftp://example.org/file' is not an http(s) URL"),
                error.getMessage());
    }

    @Test
    void refusesAConfigurationWithoutSeeds() {
        CrawlConfigException error = assertThrows(CrawlConfigException.class,
                () -> loader.parse(Path.of("empty.yml"), "user-agent: bot/1\n"));

        assertTrue(error.getMessage().startsWith("empty.yml:1: no 'seeds'"), error.getMessage());
    }

    @Test
    void refusesANumberBelowItsMinimum() {
        String yaml = "user-agent: bot/1\nseeds: [https://example.org/]\n\nworkers: 0\n";

        CrawlConfigException error = assertThrows(CrawlConfigException.class,
                () -> loader.parse(Path.of("w.yml"), yaml));

        assertEquals("w.yml:4: 'workers' must be at least 1, was 0", error.getMessage());
    }

    @Test
    void readsSizesWithUnits() {
        String yaml = "user-agent: bot/1\nseeds: [https://example.org/]\nmax-page-size: 512KB\n";

        assertEquals(512 * 1024, loader.parse(Path.of("s.yml"), yaml).maxPageBytes());
    }

    @Test
    void refusesALeaseNoLongerThanTheFetchTimeout() {
        String yaml = "user-agent: bot/1\nseeds: [https://example.org/]\ntimeouts:\n  fetch: 30s\nlease: 10s\n";

        CrawlConfigException error = assertThrows(CrawlConfigException.class,
                () -> loader.parse(Path.of("l.yml"), yaml));

        assertTrue(error.getMessage().startsWith("l.yml:5: 'lease' (PT10S) must be longer than timeouts.fetch"),
                error.getMessage());
    }

    @Test
    void leasesThirtyTwoHostsPerWorkerByDefault() {
        String yaml = "user-agent: bot/1\nseeds: [https://example.org/]\nworkers: 3\n";

        assertEquals(96, loader.parse(Path.of("h.yml"), yaml).maxActiveHosts());
    }

    @Test
    void refusesFewerActiveHostsThanWorkers() {
        String yaml = "user-agent: bot/1\nseeds: [https://example.org/]\nworkers: 8\nmax-active-hosts: 4\n";

        CrawlConfigException error = assertThrows(CrawlConfigException.class,
                () -> loader.parse(Path.of("a.yml"), yaml));

        assertTrue(error.getMessage().startsWith("a.yml:4: 'max-active-hosts' (4) must be at least 'workers' (8)"),
                error.getMessage());
    }
}
