package org.clinicverify.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ShopFeaturesTest {

    private final Extractor extractor = new Extractor();

    @Test
    void productCardsGivePricePerUnit() {
        ExtractedPage page = extractor.extract(DemoWeb.page("buy-ketamine-online-shop", "index.html"));

        assertEquals(List.of(new Product("Ketamine HCl Powder", "45", "USD", "gram"),
                new Product("Ketamine Crystal (Shards)", "55", "USD", "gram"),
                new Product("Ketamine Liquid Vials 10 ml", "120", "USD", "vial")), page.shop().products());
    }

    @Test
    void addToCartButtonIsACart() {
        ExtractedPage page = extractor.extract(DemoWeb.page("buy-ketamine-online-shop", "index.html"));

        assertTrue(page.shop().hasCart());
        assertFalse(page.shop().hasCheckout());
    }

    @Test
    void placeOrderFormIsACheckout() {
        ExtractedPage page = extractor.extract(DemoWeb.page("buy-ketamine-online-shop", "checkout.html"));

        assertTrue(page.shop().hasCheckout());
    }

    @Test
    void germanAndSpanishCartButtonsAreCarts() {
        String html = "<button>In den Warenkorb</button><a href=\"/x\">Añadir al carrito</a>";

        ExtractedPage page = extractor.extract(DemoWeb.html("c.html", html));

        assertTrue(page.shop().hasCart());
    }

    @Test
    void menuLineGivesOneProductPerQuantity() {
        ExtractedPage page = extractor.extract(DemoWeb.page("k-plug-direct-menu", "index.html"));

        assertEquals(List.of(new Product("KETAMINE (shard)", "55", "USD", "1 gram"),
                new Product("KETAMINE (shard)", "140", "USD", "3.5 gram"),
                new Product("KETAMINE (shard)", "260", "USD", "7 gram"),
                new Product("KETAMINE (shard)", "850", "USD", "28 gram"),
                new Product("KETAMINE (vials)", "110", "USD", "1x10 milliliter"),
                new Product("KETAMINE (vials)", "480", "USD", "5x10 milliliter")), page.shop().products());
    }

    @Test
    void priceFormsInTextAreRead() {
        String html = "<ul><li>Ketamine powder 1g – $90</li><li>Ketamine vials 10 vials: $450</li><li>Crystal $120 / gram</li>"
                + "<li>Ketamin Pulver 10 g – 380,00 €</li></ul>";

        ExtractedPage page = extractor.extract(DemoWeb.html("p.html", html));

        assertEquals(List.of(new Product("Ketamine powder", "90", "USD", "1 gram"),
                new Product("Ketamine vials", "450", "USD", "10 vial"),
                new Product("Crystal", "120", "USD", "gram"),
                new Product("Ketamin Pulver", "380.00", "EUR", "10 gram")), page.shop().products());
    }

    @Test
    void priceTableWithQuantityColumnsGivesOneProductPerCell() {
        ExtractedPage page = extractor.extract(DemoWeb.page("k-chems-supplier", "catalog.html"));

        assertTrue(page.shop().products().containsAll(List.of(new Product("Ketamine HCl", "38", "USD", "1 gram"),
                new Product("Ketamine HCl", "160", "USD", "5 gram"), new Product("Ketamine HCl", "290", "USD", "10 gram"))),
                page.shop().products().toString());
    }

    @Test
    void cartTotalsAndShippingRowsAreNotProducts() {
        ExtractedPage page = extractor.extract(DemoWeb.page("buy-ketamine-online-shop", "cart.html"));

        assertEquals(List.of(new Product("Ketamine HCl Powder", "190.00", "USD", "5 gram"),
                new Product("Ketamine Liquid Vials 10 ml", "240.00", "USD", null)), page.shop().products());
    }

    @Test
    void paymentMethodsAreCanonicalIds() {
        ExtractedPage page = extractor.extract(Fixtures.page("messaging.html"));

        assertEquals(Set.of("crypto", "western-union", "moneygram", "zelle", "gift-card"), page.shop().paymentMethods());
    }

    @Test
    void paymentMethodsFromTheTextAndFromImageAltTexts() {
        String html = "<p>Pay by Zelle after checkout.</p><img src=a.png alt=\"Bitcoin\"><img src=b.png alt=\"Western Union\">";

        ExtractedPage page = extractor.extract(org.clinicverify.crawl.FetchedPage.ofHtml(
                java.net.URI.create("https://shop.example/"), html, java.time.Instant.EPOCH));

        assertEquals(Set.of("zelle", "crypto", "western-union"), page.shop().paymentMethods());
    }

    @Test
    void messagingContactsFromLinksAndText() {
        ExtractedPage page = extractor.extract(Fixtures.page("messaging.html"));

        assertEquals(List.of("WhatsApp: https://wa.me/14155550100", "Telegram: https://t.me/kshop_admin",
                "WhatsApp: +1 (415) 555-0100", "Wickr: kshop.orders", "Signal: +1 415 555 0111",
                "Telegram: @kshop_admin", "Telegram: @kshop_backup"), page.shop().messagingContacts());
    }

    @Test
    void messagingContactsBesideWindowsWithoutAnAppNameAsWritten() {
        String html = "<p>Your first therapy session lasts an hour; a signal of progress is sleep.</p>"
                + "<p>Session: @calm_room for follow-ups. Orders on Telegram: @k_orders_2 or @k_backup via Signal.</p>";

        ExtractedPage page = extractor.extract(org.clinicverify.crawl.FetchedPage.ofHtml(
                java.net.URI.create("https://shop.example/"), html, java.time.Instant.EPOCH));

        assertEquals(List.of("Session: @calm_room", "Telegram: @k_orders_2", "Signal: @k_backup"),
                page.shop().messagingContacts());
    }

    @Test
    void shippingClaimsAreTheSentencesThatPromiseShipping() {
        ExtractedPage page = extractor.extract(Fixtures.page("messaging.html"));

        assertEquals(List.of("Stealth shipping worldwide.", "Overnight delivery available in the USA."), page.shop().shippingClaims());
    }

    @Test
    void spanishSellerHasOrderFormPaymentAndMessaging() {
        ExtractedPage page = extractor.extract(DemoWeb.page("ketamina-venta-sin-receta", "index.html"));

        assertEquals(Set.of("crypto", "western-union", "moneygram"), page.shop().paymentMethods());
        assertTrue(page.shop().messagingContacts().contains("Telegram: @ketamina_directa"), page.shop().messagingContacts().toString());
        assertTrue(page.shop().shippingClaims().contains("Embalaje discreto garantizado"), page.shop().shippingClaims().toString());
    }

    @Test
    void clinicHomePageHasNoShopFeatures() {
        ExtractedPage page = extractor.extract(DemoWeb.page("clearpath-ketamine-centers", "index.html"));

        assertEquals(ShopFeatures.NONE, page.shop());
    }

    @Test
    void shippingClaimsBetweenSeparatorsAreSeparateSentences() {
        ExtractedPage page = extractor.extract(DemoWeb.html("s.html", "<div>Prices &middot; Stealth shipping &middot; Worldwide delivery</div>"));

        assertEquals(List.of("Stealth shipping", "Worldwide delivery"), page.shop().shippingClaims());
    }
}
