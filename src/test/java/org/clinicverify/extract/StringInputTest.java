package org.clinicverify.extract;

import java.net.URI;
import java.time.Instant;
import java.util.stream.Stream;

import org.clinicverify.crawl.FetchedPage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A page handed in as a string is extracted exactly as its UTF-8 bytes are, whichever path it takes. */
class StringInputTest {

    private static final Extractor EXTRACTOR = new Extractor();
    private static final URI URL = URI.create("https://clinic.test/about");

    static Stream<String> pages() {
        String page = "<html><head><title>Clinic</title></head><body><p>Call (212) 555-0187 at 12 Main St, Springfield, IL 62701."
                + "</p><a href=\"tel:+12125550187\">call</a><button>Add to cart</button></body></html>";
        return Stream.of(page,
                "\uFEFF" + page,                                             // byte-order mark: byte path
                page.replace("Clinic</title>", "Clinic</title><meta charset=\"iso-8859-1\">") + "caf\u00e9",
                page.replace("Call", "Call \uD83D\uDE00"),                   // surrogate pair
                page.replace("Call", "Call \uD83D x \uDE00"),                // lone surrogates become '?'
                page.replace("\n", "\r\n") + "\r\n<p>line\r\nline</p>\r",
                "<p>no html element \u00a0 at all</p>",
                "plain text, not markup");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void stringAndBytesGiveTheSamePage(String html) {
        for (Extractor.Scope scope : Extractor.Scope.values()) {
            FetchedPage bytes = FetchedPage.ofHtml(URL, html, Instant.EPOCH);
            assertEquals(EXTRACTOR.extract(bytes, scope).toString(), EXTRACTOR.extractHtml(URL, html, scope).toString());
        }
    }
}
