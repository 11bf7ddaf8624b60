package org.clinicverify.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A shop that keeps the drug's name off its visible page, to slip past filters, still names it in its meta
 * description, its image alt texts or its product data: the drug counts as named there (rules-2026.12.07-39).
 */
class MetadataNamingTest {

    private static final PageAssessor ASSESSOR = LabelledSetFloors.shippedRules();
    private static final String BODY = "<h1>The Shards</h1><p>Clear, long needles. 5 g: 190 USD. 10 g: 340 USD.</p>"
            + "<p>Payment in BTC or XMR only.</p><button>Add to cart</button>";

    private static Verdict assess(String head, String body) {
        return ASSESSOR.assess(new AssessRequest("https://glass-shop.test/products/the-shards",
                "<html><head><title>The Shards</title>" + head + "</head><body>" + body + "</body></html>", null));
    }

    @Test
    void aShopNamingTheDrugOnlyInItsMetaDescriptionIsASeller() {
        Verdict v = assess("<meta name=\"description\" content=\"Ketamine HCl shards, lab tested\">", BODY);

        assertTrue(v.flagged(), () -> "not flagged: " + v);
        assertEquals(Category.SELLER, v.category());
    }

    @Test
    void aShopNamingTheDrugOnlyInAnImageAltTextIsASeller() {
        Verdict v = assess("", BODY + "<img src=\"s.jpg\" alt=\"ketamine shards 5g\">");

        assertTrue(v.flagged(), () -> "not flagged: " + v);
    }

    @Test
    void theSameShopWithoutTheNameAnywhereIsNotFlagged() {
        Verdict v = assess("<meta name=\"description\" content=\"Glass art shards, lab tested\">", BODY + "<img src=\"s.jpg\" alt=\"glass\">");

        assertFalse(v.flagged(), () -> "flagged: " + v);
    }

    @Test
    void disguisedSpellingsNameTheDrug() {
        for (String disguised : new String[] {"k3tamine", "ket@mine", "k-e-t-a", "кетамин"}) {
            Verdict v = assess("", BODY.replace("Clear, long needles.", "Clear " + disguised + " needles."));

            assertTrue(v.flagged(), () -> disguised + " not read as the drug: " + v);
        }
    }

    @Test
    void aLoneKInASalesLineNamesTheDrugButVitaminKDoesNot() {
        String ad = "%s te koop, per gram €25, vanaf 5 g €20. Verzenden door heel NL. Alleen via Telegram.";

        Verdict slang = ASSESSOR.assess(new AssessRequest("https://marktplek.test/v/overig/m2093311", null, ad.formatted("K")));
        Verdict vitamin = ASSESSOR.assess(new AssessRequest("https://marktplek.test/v/overig/m2093312", null, ad.formatted("Vitamine K")));

        assertTrue(slang.flagged(), () -> "not flagged: " + slang);
        assertFalse(vitamin.flagged(), () -> "flagged: " + vitamin);
    }

    @Test
    void kVialsNameTheDrugButVitaminKVialsDoNot() {
        String shop = "%s, 10 ml. Order on Telegram: @kv_orders. Worldwide stealth shipping, reship if seized.";

        Verdict slang = ASSESSOR.assess(new AssessRequest("https://kv-direct.test/products", null, shop.formatted("K vials")));
        Verdict vitamin = ASSESSOR.assess(new AssessRequest("https://kv-direct.test/products", null, shop.formatted("Vitamin K vials")));

        assertTrue(slang.flagged(), () -> "not flagged: " + slang);
        assertEquals(Category.INFORMATIONAL, vitamin.category(), () -> "not informational: " + vitamin);
    }

    @Test
    void flemishSlangForCrystalsNamesTheDrug() {
        Verdict menu = ASSESSOR.assess(new AssessRequest("https://tg-preview.test/s/levering", null,
                "Menu week 49. Ketje (propere kristallen) 1g €30 / 3g €80. Betalen cash of crypto. Bestellen enkel via dm."));

        assertTrue(menu.flagged(), () -> "not flagged: " + menu);
    }
}
