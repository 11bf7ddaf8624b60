package org.clinicverify.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import org.junit.jupiter.api.Test;

/** What a page says of itself outside its visible text. */
class PageMetadataTest {

    private final Extractor extractor = new Extractor();

    private ExtractedPage page(String head, String body) {
        return extractor.extractHtml(URI.create("https://shop.test/p/1"),
                "<html><head><title>Shop</title>" + head + "</head><body>" + body + "</body></html>", Extractor.Scope.FULL);
    }

    @Test
    void readsDescriptionsAltTextsThenStructuredNamesByKey() {
        ExtractedPage p = page("""
                <meta name="description" content="Crystal shards, 5 g">
                <meta property="og:title" content="The Shards">
                <meta name="viewport" content="width=device-width">
                <script type="application/ld+json">{"@type":"Product","name":"Item 77","description":"Clear needles",
                 "offers":{"@type":"Offer","price":"90"}}</script>""",
                "<p>Our best seller.</p><img src=a.jpg alt=\"shards in a bag\"><img src=b.jpg>");

        assertEquals("Crystal shards, 5 g\nThe Shards\nshards in a bag\nClear needles\nItem 77", p.metadata());
        assertEquals("Our best seller.", p.text(), "the metadata stays out of the visible text");
    }

    @Test
    void thePageForScoringReadsTheSameMetadata() {
        String html = "<html><head><meta name=keywords content=\"crystals, bulk\"></head><body><img alt=\"bag\"></body></html>";
        URI url = URI.create("https://shop.test/");

        assertEquals(extractor.extractHtml(url, html, Extractor.Scope.FULL).metadata(),
                extractor.extractHtml(url, html, Extractor.Scope.SCORING).metadata());
    }

    @Test
    void isCappedAndEmptyWhenThePageDescribesNothing() {
        assertEquals("", page("", "<p>Plain page</p>").metadata());

        ExtractedPage gallery = page("", "<img alt=\"" + "a".repeat(3_000) + "\"><img alt=\"" + "b".repeat(3_000) + "\">");
        assertTrue(gallery.metadata().length() <= PageMetadata.MAX_CHARS);
    }
}
