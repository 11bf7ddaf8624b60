package org.clinicverify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.clinicverify.crawl.FetchedPage;
import org.clinicverify.crawl.PageDecoder;
import org.clinicverify.crawl.PageStore;
import org.clinicverify.crawl.StoredPage;
import org.clinicverify.directory.ListingRepository;
import org.clinicverify.testsupport.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A site finished by the crawl (pages extracted as they were stored) ends up exactly as a rebuild of
 * the same site from the page store, on the real database and search node.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineTest implements TestPropertyProvider {

    private static final List<String> PAGES = List.of("index.html", "services.html", "team.html", "contact.html",
            "conditions.html", "faq.html");

    @Inject
    Pipeline pipeline;
    @Inject
    PageStore store;
    @Inject
    ListingRepository listings;

    @Override
    public @NonNull Map<String, String> getProperties() {
        Map<String, Object> properties = TestApp.withH2();
        properties.put("clinicverify.crawl.background", false);
        return TestApp.asStrings(properties);
    }

    @Test
    void aFinishedSiteGetsTheListingsARebuildFromThePageStoreGives() {
        String host = "back-bay.example";
        for (String page : PAGES) {
            fetched(store(host, page, "back-bay-ketamine/" + page));
        }

        pipeline.siteFinished(host);
        List<List<Object>> finished = shown(host);
        pipeline.rebuildSite(host);

        assertFalse(finished.isEmpty());
        assertEquals(shown(host), finished);
    }

    @Test
    void aPageStoredAgainAfterItWasExtractedCountsInItsNewVersion() {
        String host = "changed.example";
        for (String page : PAGES) {
            fetched(store(host, page, "back-bay-ketamine/" + page));
        }
        Pipeline.SiteResult clinic = pipeline.rebuildSite(host);
        // Another process stores a new home page; this one never extracted it.
        store(host, "index.html", "buy-ketamine-online-shop/index.html");

        pipeline.siteFinished(host);
        List<List<Object>> finished = shown(host);
        Pipeline.SiteResult rebuilt = pipeline.rebuildSite(host);

        assertNotEquals(clinic.verdict().trustScore(), rebuilt.verdict().trustScore(), "the new home page matters");
        assertEquals(shown(host), finished);
    }

    /** Hands a stored page to the pipeline as the crawl does: with its parsed document. */
    private void fetched(StoredPage page) {
        pipeline.pageFetched(page, new PageDecoder().decode(page.toFetchedPage()));
    }

    private StoredPage store(String host, String path, String resource) {
        URI url = URI.create("http://" + host + "/" + path);
        String html = new String(resource(resource), StandardCharsets.UTF_8).replace("{{BASE}}", "http://" + host);
        return store.save(host, new FetchedPage(url, url, 200, "text/html; charset=utf-8", Map.of(),
                html.getBytes(StandardCharsets.UTF_8), Instant.parse("2026-12-06T20:00:00Z")), false);
    }

    /** What a listing shows, without the time it was last verified (the rebuild's own clock reading). */
    private List<List<Object>> shown(String host) {
        return listings.findBySiteHostOrderById(host).stream()
                .map(l -> java.util.Arrays.<Object>asList(l.id(), l.name(), l.street(), l.city(), l.region(), l.postalCode(),
                        l.phone(), l.latitude(), l.longitude(), l.websiteUrl(), l.services(), l.conditions(), l.payment(),
                        l.insurance(), l.category(), l.flagged(), l.trustScore(), l.remsVerified(), l.verdictJson(),
                        l.lastCrawledAt()))
                .toList();
    }

    private static byte[] resource(String path) {
        try (InputStream in = PipelineTest.class.getClassLoader().getResourceAsStream("demo-web/" + path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
