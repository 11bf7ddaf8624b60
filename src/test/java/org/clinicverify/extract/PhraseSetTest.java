package org.clinicverify.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class PhraseSetTest {

    private static final List<String> TEXTS = List.of("", "Add to Cart", "add-to-cart", "Cartography", "ÇART",
            "View  basket (2)", "/shop/cart?x=1", "Proceed to Checkout →", "check out our blog", "checkouts",
            "Ajouter au panier", "Zur Kasse", "order-now", "/order-nowhere", "Ketamine research, part 12", "partner",
            "Procedi all'acquisto", "Añadir al carrito", "ＣＡＲＴ", "$cart", "x cart", "İstanbul cart", "cart", "Kasse");

    @Test
    void answersAsFoldingAndSearchingEveryPhraseOfEachListDoes() {
        Vocabulary v = Vocabulary.bundled();
        List<List<String>> lists = List.of(v.cartPhrases, v.checkoutPhrases, v.cartUrlWords, v.checkoutUrlWords,
                List.of("$5 off", "cart"), List.of("", "check out"));
        PhraseSet set = new PhraseSet(lists);
        for (String text : TEXTS) {
            int expected = 0;
            for (int k = 0; k < lists.size(); k++) {
                expected |= Keywords.containsAny(Keywords.fold(text), lists.get(k)) ? 1 << k : 0;
            }
            assertEquals(expected, set.matching(text, (1 << lists.size()) - 1), text);
        }
    }

    @Test
    void looksOnlyForTheListsWanted() {
        PhraseSet set = new PhraseSet(List.of(List.of("add to cart", "cart"), List.of("checkout")));

        assertEquals(0b11, set.matching("Add To Cart / Checkout", 0b11));
        assertEquals(0b10, set.matching("Add To Cart / Checkout", 0b10));
        assertEquals(0, set.matching("Cartography", 0b11));
        assertEquals(0b01, set.matching("/shop/cart/", 0b11));
    }
}
