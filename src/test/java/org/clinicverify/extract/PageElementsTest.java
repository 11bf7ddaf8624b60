package org.clinicverify.extract;

import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One walk of the document finds exactly what each selector's own {@code select} finds, in the same order. */
class PageElementsTest {

    static Stream<String> pages() {
        Stream<String> demo = DemoWeb.sites().stream().flatMap(site -> DemoWeb.pagesOf(site).stream()
                .map(path -> new String(DemoWeb.page(site, path).body(), java.nio.charset.StandardCharsets.UTF_8)));
        return Stream.concat(demo, Stream.of(
                "<a HREF='TEL:+1 212 555 0187'>x</a><a href=' tel:1'>y</a><SCRIPT TYPE='application/ld+json'>{}</SCRIPT>",
                "<div itemscope><span itemprop=x itemscope></span></div><form action=/cart><input type=' Submit '>"
                        + "<input autocomplete='cc-number'><input name='CardNumber'><div role=button>Buy</div></form>",
                "<svg><a href='tel:1'></a><script type=x></script></svg><template><button>t</button></template>"));
    }

    @ParameterizedTest
    @MethodSource("pages")
    void oneWalkFindsWhatEachSelectorFinds(String html) {
        Document doc = Jsoup.parse(html, "https://x.test/");
        PageElements found = PageElements.of(doc);
        assertEquals(doc.select(JsonLdReader.SCRIPTS_WITH_TYPE), found.typedScripts);
        assertEquals(doc.select(MicrodataReader.ITEM_SCOPES), found.itemScopes);
        assertEquals(doc.select(Extractor.TEL_LINKS), found.telLinks);
        assertEquals(doc.select(ShopFinder.CONTROLS), found.controls);
        assertEquals(!doc.select(ShopFinder.CARD_INPUTS).isEmpty(), found.cardInput);
    }
}
