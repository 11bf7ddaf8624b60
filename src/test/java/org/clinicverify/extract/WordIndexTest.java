package org.clinicverify.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class WordIndexTest {

    private static final List<String> PHRASES = List.of("", "cart", "add to cart", "e-mail", "covid-19", "dr.", "$5 off",
            " ship", "-free", "ship", "shipping", "a", "ab", "ba", "b a", "ketamine", "depresion", "24/7", "€", "ptsd",
            "ω", "aa", "aaa", "a a", "a-a", "Aa", "AaBB", "BBAa");

    private static final List<String> TEXTS = List.of("", "cart", "Cart", "add to cart", "add to cartography, add to cart.",
            "e-mail us: email e-mails e-mail", "covid-19 covid-190 xcovid-19", "dr. smith dr.x dr.", "get $5 off $5 offer",
            "we ship shipping -free gluten-free ship", "a ab ba b a aab aba", "ketaminex ketamine-ketamine 1ketamine",
            "depresión depresion", "open 24/7! 24/74", "€€ € 5€", "ω ωω aω", "aaa aa a a-a aaaa", "AaBB BBAa AaAa",
            "ptsd\nPTSD\nptsd·ptsd|ptsd•ptsd");

    @Test
    void findsWhatKeywordsIndexOfFindsInTrickyTexts() {
        for (String text : TEXTS) {
            String folded = Keywords.fold(text);
            WordIndex index = WordIndex.of(folded);
            for (String phrase : PHRASES) {
                assertArrayEquals(byIndexOf(folded, phrase), index.occurrences(phrase), text + " / " + phrase);
            }
        }
    }

    @Test
    void findsWhatKeywordsIndexOfFindsInRandomTexts() {
        Random random = new Random(42);
        String alphabet = "aab -.1é€ω\n|AaBB";
        for (int round = 0; round < 2_000; round++) {
            String folded = random(random, alphabet, random.nextInt(60));
            WordIndex index = WordIndex.of(folded);
            for (int k = 0; k < 10; k++) {
                String phrase = random(random, alphabet, 1 + random.nextInt(4));
                assertArrayEquals(byIndexOf(folded, phrase), index.occurrences(phrase), folded + " / " + phrase);
            }
        }
    }

    @Test
    void findsPhrasesOfWordsWithEqualHashes() {
        WordIndex index = WordIndex.of("Aa BB Aa BBx BB"); // "Aa".hashCode() == "BB".hashCode()

        int[] found = index.occurrences("BB");

        assertArrayEquals(new int[] {3, 13}, found);
    }

    @Test
    void answersContainsAnyAsKeywords() {
        Vocabulary v = Vocabulary.bundled();
        String folded = Keywords.fold("We accept Bitcoin, Zelle and gift cards. Ships worldwide.");
        WordIndex index = WordIndex.of(folded);

        for (List<String> phrases : v.paymentMethods.values()) {
            assertEquals(Keywords.containsAny(folded, phrases), index.containsAny(phrases),
                    phrases.toString());
        }
    }

    private static int[] byIndexOf(String folded, String phrase) {
        List<Integer> out = new ArrayList<>();
        for (int at = Keywords.indexOf(folded, phrase, 0); at >= 0; at = Keywords.indexOf(folded, phrase, at + 1)) {
            out.add(at);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String random(Random random, String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
