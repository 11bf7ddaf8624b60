package org.clinicverify.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.clinicverify.crawl.FetchedPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Extraction never throws and never returns null collections, whatever it is given. */
class HostileInputTest {

    private static final URI URL = URI.create(DemoWeb.BASE + "/x");
    private final Extractor extractor = new Extractor();

    @Test
    void emptyBodyGivesAnEmptyPage() {
        ExtractedPage page = extractor.extract(fetched("text/html", new byte[0]));

        assertEquals("", page.text());
        assertEquals("und", page.language());
        assertWellFormed(page);
    }

    @Test
    void nullBodyAndContentTypeGiveAnEmptyPage() {
        ExtractedPage page = extractor.extract(new FetchedPage(URL, URL, 200, null, null, null, DemoWeb.FETCHED_AT));

        assertEquals("", page.text());
        assertWellFormed(page);
    }

    @Test
    void randomBinaryBodyDoesNotThrow() {
        byte[] noise = new byte[64 * 1024];
        new Random(42).nextBytes(noise);

        ExtractedPage page = extractor.extract(fetched("", noise));

        assertWellFormed(page);
    }

    @Test
    void pdfContentTypeIsNotParsedAsHtml() {
        ExtractedPage page = extractor.extract(fetched("application/pdf", "%PDF-1.4 Ketamine $45 / gram".getBytes(StandardCharsets.UTF_8)));

        assertEquals("", page.text());
        assertTrue(page.shop().products().isEmpty());
    }

    @Test
    void unknownCharsetInHeaderFallsBackToDetection() {
        ExtractedPage page = extractor.extract(fetched("text/html; charset=x-no-such-charset", "<p>plain</p>".getBytes(StandardCharsets.UTF_8)));

        assertEquals("plain", page.text());
    }

    @Test
    void brokenHtmlStillYieldsAListing() {
        ExtractedPage page = extractor.extract(Fixtures.page("broken.html"));

        assertEquals(List.of(new PracticeLocation(null, "5150 Sunrise Blvd, Suite 12", "Fair Oaks", "CA", "95628", "US",
                "+19165550177", null, null, null)), page.locations());
        assertTrue(page.treatments().contains(Treatment.IV_INFUSION));
        assertTrue(page.links().contains(URI.create(DemoWeb.BASE + "/about.html")));
    }

    @Test
    void deeplyNestedMarkupDoesNotOverflowTheStack() {
        String html = "<div>".repeat(20_000) + "IV ketamine" + "</div>".repeat(20_000);

        ExtractedPage page = extractor.extract(DemoWeb.html("deep.html", html));

        assertWellFormed(page);
    }

    @Test
    void hugeTextWithoutStructureIsHandled() {
        String html = "<p>" + "1234 Main Street, Springfield, ".repeat(40_000) + "</p>";

        ExtractedPage page = extractor.extract(DemoWeb.html("huge.html", html));

        assertWellFormed(page);
    }

    @Test
    void deeplyNestedJsonLdIsHandled() {
        String json = "{\"@type\":\"Thing\",\"a\":".repeat(2_000) + "1" + "}".repeat(2_000);

        ExtractedPage page = extractor.extract(DemoWeb.html("j.html", "<script type=\"application/ld+json\">" + json + "</script>"));

        assertWellFormed(page);
    }

    static Stream<Arguments> demoPages() {
        return DemoWeb.sites().stream().flatMap(site -> DemoWeb.pagesOf(site).stream().map(p -> Arguments.of(site, p)));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("demoPages")
    void everyDemoPageExtractsWithoutExceptionAndWithoutNulls(String site, String path) {
        ExtractedPage page = extractor.extract(DemoWeb.page(site, path));

        assertWellFormed(page);
        assertTrue(!page.text().isEmpty(), "no text on " + site + "/" + path);
    }

    private static FetchedPage fetched(String contentType, byte[] body) {
        return new FetchedPage(URL, URL, 200, contentType, Map.of(), body, DemoWeb.FETCHED_AT);
    }

    static void assertWellFormed(ExtractedPage page) {
        assertNotNull(page.url());
        assertNotNull(page.language());
        assertNotNull(page.title());
        assertNotNull(page.text());
        assertNotNull(page.links());
        assertNotNull(page.structuredItems());
        assertNotNull(page.locations());
        assertNotNull(page.clinicians());
        assertNotNull(page.treatments());
        assertNotNull(page.conditions());
        assertNotNull(page.insurance());
        assertNotNull(page.phones());
        assertNotNull(page.shop());
        assertNotNull(page.shop().products());
        assertNotNull(page.shop().paymentMethods());
        assertNotNull(page.shop().messagingContacts());
        assertNotNull(page.shop().shippingClaims());
        page.locations().forEach(l -> assertTrue(l.phoneE164() == null || l.phoneE164().matches("\\+\\d{8,15}")));
        page.phones().forEach(p -> assertTrue(p.matches("\\+\\d{8,15}"), p));
    }
}
