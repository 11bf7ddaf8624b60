package org.clinicverify.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PhraseSetTest {

    private static final List<String> TEXTS = List.of("", "Add to Cart", "add-to-cart", "Cartography", "ÇART",
            "View  basket (2)", "/shop/cart?x=1", "Proceed to Checkout →", "check out our blog", "checkouts",
            "Ajouter au panier", "Zur Kasse", "order-now", "/order-nowhere", "Ketamine research, part 12", "partner",
            "Procedi all'acquisto", "Añadir al carrito", "ＣＡＲＴ", "$cart", "x cart", "İstanbul cart");

    @Test
    void answersAsFoldingAndSearchingEveryPhraseDoes() {
        Vocabulary v = Vocabulary.bundled();
        for (List<String> phrases : List.of(v.cartPhrases, v.checkoutPhrases, v.cartUrlWords, v.checkoutUrlWords,
                List.of("$5 off", "cart"), List.of("", "check out"))) {
            PhraseSet set = new PhraseSet(phrases);
            for (String text : TEXTS) {
                assertEquals(Keywords.containsAny(Keywords.fold(text), phrases), set.anyIn(text), phrases + " in " + text);
            }
        }
    }

    @Test
    void findsWholeWordsOnly() {
        PhraseSet cart = new PhraseSet(List.of("add to cart", "cart"));

        assertTrue(cart.anyIn("Add To Cart"));
        assertTrue(cart.anyIn("/shop/cart/"));
        assertFalse(cart.anyIn("Cartography"));
        assertFalse(cart.anyIn("Ketamine research, part 12"));
    }
}
