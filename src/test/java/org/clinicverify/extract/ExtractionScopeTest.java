package org.clinicverify.extract;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.clinicverify.crawl.FetchedPage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link Extractor.Scope#SCORING} gives the scorer's fields exactly as the full extraction does, and the others empty. */
class ExtractionScopeTest {

    private static final Extractor EXTRACTOR = new Extractor();

    static Stream<String> demoPages() {
        return DemoWeb.sites().stream().flatMap(site -> DemoWeb.pagesOf(site).stream().map(path -> site + "/" + path));
    }

    @ParameterizedTest
    @MethodSource("demoPages")
    void scoringScopeKeepsTheScorersFieldsAndLeavesTheRestEmpty(String sitePath) {
        int slash = sitePath.indexOf('/');
        FetchedPage page = DemoWeb.page(sitePath.substring(0, slash), sitePath.substring(slash + 1));
        ExtractedPage full = EXTRACTOR.extract(page, Extractor.Scope.FULL);

        ExtractedPage scoring = EXTRACTOR.extract(page, Extractor.Scope.SCORING);

        assertEquals(new ExtractedPage(full.url(), null, LanguageGuesser.UNDETERMINED, full.title(), full.text(), full.metadata(), List.of(),
                false, false, full.structuredItems(), full.locations(), full.clinicians(), Set.of(), Set.of(), Set.of(),
                full.phones(), new ShopFeatures(List.of(), full.shop().hasCart(), full.shop().hasCheckout(), Set.of(),
                List.of(), List.of())), scoring);
    }
}
