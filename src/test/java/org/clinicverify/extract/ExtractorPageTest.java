package org.clinicverify.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.clinicverify.crawl.FetchedPage;
import org.junit.jupiter.api.Test;

/** Page basics: text, title, links, canonical, robots, language and charset. */
class ExtractorPageTest {

    private final Extractor extractor = new Extractor();

    @Test
    void visibleTextLeavesOutScriptsStylesAndHiddenElements() {
        ExtractedPage page = extractor.extract(Fixtures.page("links-and-robots.html"));

        assertTrue(page.text().contains("Visible paragraph."));
        assertFalse(page.text().contains("Hidden by"), page.text());
        assertFalse(page.text().contains("script text"), page.text());
        assertFalse(page.text().contains("noscript text"), page.text());
        assertFalse(page.text().contains("color:red"), page.text());
    }

    @Test
    void textIsWhitespaceNormalised() {
        ExtractedPage page = extractor.extract(DemoWeb.html("t.html", "<p>one\n\n  two</p><p>\tthree</p>"));

        assertEquals("one two three", page.text());
    }

    @Test
    void choicesOfADropDownAreReadOnePerLine() {
        ExtractedPage page = extractor.extract(DemoWeb.html("t.html",
                "<form><label>Product</label><select><option>Crystal 5 g</option><option>Powder 10 g</option></select></form>"));

        assertEquals("Product Crystal 5 g Powder 10 g", page.text());
    }

    @Test
    void linksAreAbsoluteHttpWithoutFragmentsNofollowOrDuplicates() {
        ExtractedPage page = extractor.extract(Fixtures.page("links-and-robots.html"));

        assertEquals(List.of(URI.create("http://127.0.0.1:1/dir/page.html"), URI.create("http://127.0.0.1:1/root.html"),
                URI.create("https://other.example/x?q=1")), page.links());
    }

    @Test
    void canonicalIsResolvedAndStrippedOfItsFragment() {
        ExtractedPage page = extractor.extract(Fixtures.page("links-and-robots.html"));

        assertEquals(URI.create("http://127.0.0.1:1/dir/links.html"), page.canonicalUrl());
    }

    @Test
    void robotsMetaSetsNoindexAndNofollow() {
        ExtractedPage page = extractor.extract(Fixtures.page("links-and-robots.html"));

        assertTrue(page.robotsNoindex());
        assertTrue(page.robotsNofollow());
    }

    @Test
    void xRobotsTagHeaderCountsLikeTheMetaTag() {
        URI url = URI.create(DemoWeb.BASE + "/h.html");
        FetchedPage fetched = new FetchedPage(url, url, 200, "text/html", Map.of("x-robots-tag", List.of("noindex")),
                "<p>hello</p>".getBytes(StandardCharsets.UTF_8), DemoWeb.FETCHED_AT);

        ExtractedPage page = extractor.extract(fetched);

        assertTrue(page.robotsNoindex());
        assertFalse(page.robotsNofollow());
    }

    @Test
    void titleComesFromTheTitleElement() {
        ExtractedPage page = extractor.extract(DemoWeb.page("clearpath-ketamine-centers", "team.html"));

        assertEquals("Our Team | ClearPath Ketamine Centers", page.title());
    }

    @Test
    void languageComesFromTheHtmlLangAttributeFirst() {
        ExtractedPage page = extractor.extract(Fixtures.page("links-and-robots.html"));

        assertEquals("en", page.language());
    }

    @Test
    void languageIsGuessedFromStopWordsWithoutLangAttribute() {
        String german = "<p>Wir bieten eine Behandlung mit Ketamin an. Die Therapie ist nicht für jeden geeignet, "
                + "und wir beraten Sie gerne bei uns in der Praxis oder auch per Telefon.</p>";

        ExtractedPage page = extractor.extract(DemoWeb.html("de.html", german));

        assertEquals("de", page.language());
    }

    @Test
    void languageIsUndeterminedForThinText() {
        ExtractedPage page = extractor.extract(DemoWeb.html("x.html", "<p>Ketamine 42</p>"));

        assertEquals("und", page.language());
    }

    @Test
    void windows1252PageDeclaredInMetaCharsetDecodesAccents() {
        ExtractedPage page = extractor.extract(DemoWeb.page("desert-bloom-psychiatry", "es/index.html"));

        assertTrue(page.title().contains("Clínica Desert Bloom"), page.title());
        assertTrue(page.text().contains("¿Qué pasa en cada visita?"), page.text());
        assertEquals("es", page.language());
    }

    @Test
    void windows1252SellerPageDecodesAccents() {
        ExtractedPage page = extractor.extract(DemoWeb.page("ketamina-venta-sin-receta", "index.html"));

        assertTrue(page.text().contains("Envío discreto a toda España, México y Latinoamérica"), page.text());
    }

    @Test
    void charsetInTheContentTypeHeaderWinsOverTheDefault() {
        URI url = URI.create(DemoWeb.BASE + "/latin.html");
        byte[] body = "<p>Señal de depresión</p>".getBytes(StandardCharsets.ISO_8859_1);
        FetchedPage fetched = new FetchedPage(url, url, 200, "text/html; charset=ISO-8859-1", Map.of(), body,
                DemoWeb.FETCHED_AT);

        ExtractedPage page = extractor.extract(fetched);

        assertEquals("Señal de depresión", page.text());
    }

    @Test
    void treatmentsAndConditionsAreFoundInSpanish() {
        ExtractedPage page = extractor.extract(DemoWeb.page("desert-bloom-psychiatry", "es/index.html"));

        assertTrue(page.treatments().contains(Treatment.ESKETAMINE_NASAL_SPRAY), page.treatments().toString());
        assertTrue(page.conditions().contains("treatment-resistant-depression"), page.conditions().toString());
    }

    @Test
    void treatmentsAndConditionsAreCanonical() {
        ExtractedPage page = extractor.extract(Fixtures.page("jsonld-graph-clinic.html"));

        assertEquals(java.util.Set.of(Treatment.IV_INFUSION), page.treatments());
        assertTrue(page.conditions().containsAll(List.of("treatment-resistant-depression", "ptsd")), page.conditions().toString());
    }

    @Test
    void insuranceNamedAsAcceptedIsListedAndNegatedInsuranceIsNot() {
        String html = "<p>We accept Aetna, Cigna and Blue Cross Blue Shield.</p><p>We are out-of-network with Humana.</p>";

        ExtractedPage page = extractor.extract(DemoWeb.html("ins.html", html));

        assertEquals(java.util.Set.of("Aetna", "Cigna", "Blue Cross Blue Shield"), page.insurance());
    }

    @Test
    void treatmentSaidNotToBeOfferedIsNotATreatment() {
        ExtractedPage page = extractor.extract(DemoWeb.page("peachtree-spravato-tms", "index.html"));

        assertEquals(java.util.Set.of(Treatment.ESKETAMINE_NASAL_SPRAY), page.treatments());
    }

    @Test
    void conditionNamedAsAContraindicationIsNotTreated() {
        String html = "<p>We treat depression and PTSD.</p><p>Ketamine is not appropriate for people with bipolar disorder.</p>";

        ExtractedPage page = extractor.extract(DemoWeb.html("c.html", html));

        assertEquals(java.util.Set.of("depression", "ptsd"), page.conditions());
    }

    @Test
    void germanAndFrenchTreatmentsAreFound() {
        String html = "<p>Wir bieten Esketamin-Nasenspray an.</p><p>Nous proposons des perfusions de kétamine.</p>";

        ExtractedPage page = extractor.extract(DemoWeb.html("x.html", html));

        assertEquals(java.util.Set.of(Treatment.ESKETAMINE_NASAL_SPRAY, Treatment.IV_INFUSION), page.treatments());
    }
}
