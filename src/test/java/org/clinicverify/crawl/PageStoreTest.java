package org.clinicverify.crawl;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageStoreTest implements TestPropertyProvider {

    @Inject
    PageStore store;

    @Inject
    DataSource dataSource;

    @Override
    public @NonNull Map<String, String> getProperties() {
        return CrawlTestSupport.h2();
    }

    @BeforeEach
    void emptyDatabase() throws SQLException {
        CrawlTestSupport.clear(dataSource);
    }

    private static FetchedPage page(String url, String body, Instant at) {
        return new FetchedPage(URI.create(url), URI.create(url), 200, "text/html; charset=windows-1252",
                Map.of("etag", List.of("\"x\"")), body.getBytes(StandardCharsets.ISO_8859_1), at);
    }

    @Test
    void givesBackTheBytesHeadersAndFetchTimeItStored() {
        FetchedPage page = page("http://a.example/", "caf\u00e9", Instant.parse("2026-11-22T01:02:03Z"));
        store.save("a.example", page, false);

        FetchedPage back = store.latestPages("a.example").get(0).toFetchedPage();

        assertAll(
                () -> assertArrayEquals(page.body(), back.body()),
                () -> assertEquals(page.headers(), back.headers()),
                () -> assertEquals(page.fetchedAt(), back.fetchedAt()),
                () -> assertEquals(page.contentType(), back.contentType()));
    }

    @Test
    void listsOnlyTheLatestVersionOfEachPage() {
        store.save("a.example", page("http://a.example/", "old", Instant.parse("2026-11-01T00:00:00Z")), false);
        store.save("a.example", page("http://a.example/", "new", Instant.parse("2026-11-02T00:00:00Z")), false);
        store.save("a.example", page("http://a.example/team.html", "team", Instant.parse("2026-11-02T00:00:00Z")), false);

        List<StoredPage> latest = store.latestPages("a.example");

        assertAll(
                () -> assertEquals(2, latest.size()),
                () -> assertEquals("new", new String(latest.get(0).body(), StandardCharsets.ISO_8859_1)));
    }

    @Test
    void listsTheHeadsOfTheLatestPagesInTheOrderOfTheLatestPages() {
        store.save("a.example", page("http://a.example/team.html", "team", Instant.parse("2026-11-01T00:00:00Z")), false);
        store.save("a.example", page("http://a.example/", "old", Instant.parse("2026-11-01T00:00:00Z")), false);
        store.save("a.example", page("http://a.example/", "new", Instant.parse("2026-11-02T00:00:00Z")), false);
        store.save("b.example", page("http://b.example/", "b", Instant.parse("2026-11-02T00:00:00Z")), false);

        List<StoredPage> latest = store.latestPages("a.example");
        List<PageStore.Head> heads = store.latestHeads("a.example");

        assertEquals(latest.stream().map(p -> new PageStore.Head(p.id(), p.finalUrl(), p.status(), p.fetchedAt())).toList(),
                heads);
        assertEquals(Instant.parse("2026-11-02T00:00:00Z"), heads.get(0).fetchedAt());
    }

    @Test
    void listsTheCrawledHosts() {
        store.save("b.example", page("http://b.example/", "b", Instant.now()), false);
        store.save("a.example", page("http://a.example/", "a", Instant.now()), false);

        assertEquals(List.of("a.example", "b.example"), store.hosts());
    }

    @Test
    void storesNothingWhenAnotherUrlOfTheHostHasTheSameContent() throws SQLException {
        store.save("a.example", page("http://a.example/a.html", "same", Instant.now()), false);
        PageStore.Encoded copy = store.encode("a.example", page("http://a.example/b.html", "same", Instant.now()), false);

        Optional<StoredPage> saved = saveUnlessDuplicate(copy);

        assertAll(
                () -> assertTrue(saved.isEmpty()),
                () -> assertEquals(1, store.count()));
    }

    @Test
    void storesTheSameContentAgainUnderTheSameUrl() throws SQLException {
        store.save("a.example", page("http://a.example/a.html", "same", Instant.now()), false);
        PageStore.Encoded again = store.encode("a.example", page("http://a.example/a.html", "same", Instant.now()), false);

        Optional<StoredPage> saved = saveUnlessDuplicate(again);

        assertAll(
                () -> assertTrue(saved.isPresent()),
                () -> assertEquals(2, store.count()));
    }

    private Optional<StoredPage> saveUnlessDuplicate(PageStore.Encoded encoded) throws SQLException {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            return store.saveUnlessDuplicate(connection, encoded);
        }
    }
}
