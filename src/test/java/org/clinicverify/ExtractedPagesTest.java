package org.clinicverify;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.clinicverify.extract.ExtractedPage;
import org.clinicverify.extract.ShopFeatures;
import org.junit.jupiter.api.Test;

class ExtractedPagesTest {

    private static ExtractedPage page(String url) {
        return new ExtractedPage(URI.create(url), null, "und", "", "", "", List.of(), false, false, List.of(), List.of(),
                List.of(), Set.of(), Set.of(), Set.of(), List.of(), ShopFeatures.NONE);
    }

    @Test
    void givesBackWhatWasKeptForThatHostOnly() {
        ExtractedPages kept = new ExtractedPages(10);
        ExtractedPage home = page("http://a.example/");
        kept.keep("a.example", 1, home);

        assertAll(
                () -> assertSame(home, kept.get("a.example", 1).orElseThrow()),
                () -> assertTrue(kept.get("b.example", 1).isEmpty()),
                () -> assertTrue(kept.get("a.example", 2).isEmpty()));
    }

    @Test
    void dropsTheOldestPagesBeyondItsCapacity() {
        ExtractedPages kept = new ExtractedPages(2);
        kept.keep("a.example", 1, page("http://a.example/1"));
        kept.keep("b.example", 2, page("http://b.example/2"));
        kept.keep("a.example", 3, page("http://a.example/3"));

        assertAll(
                () -> assertEquals(2, kept.size()),
                () -> assertTrue(kept.get("a.example", 1).isEmpty()),
                () -> assertTrue(kept.get("b.example", 2).isPresent()),
                () -> assertTrue(kept.get("a.example", 3).isPresent()));
    }

    @Test
    void forgetsEveryPageOfAFinishedHost() {
        ExtractedPages kept = new ExtractedPages(10);
        kept.keep("a.example", 1, page("http://a.example/1"));
        kept.keep("b.example", 2, page("http://b.example/2"));
        kept.keep("a.example", 3, page("http://a.example/3"));

        kept.forget("a.example");

        assertAll(
                () -> assertEquals(1, kept.size()),
                () -> assertTrue(kept.get("b.example", 2).isPresent()));
    }

    @Test
    void keepsNothingWithCapacityZero() {
        ExtractedPages kept = new ExtractedPages(0);
        kept.keep("a.example", 1, page("http://a.example/1"));

        assertEquals(0, kept.size());
    }
}
