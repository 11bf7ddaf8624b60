package org.clinicverify.extract;

import java.text.Normalizer;
import java.util.Collection;

/**
 * Phrase matching on folded text: lower case, accents removed, whole words only. Folding maps each
 * char to exactly one char ("É" -> "e", "ß" stays), so a position in folded text is the same
 * position in the original text and a match can be cut out of the original.
 */
final class Keywords {

    /** Folded form of U+0000..U+024F (Latin, Latin-1 Supplement, Latin Extended-A/B). */
    private static final char[] LATIN = new char[0x250];

    static {
        for (char c = 0; c < LATIN.length; c++) {
            char lower = Character.toLowerCase(c);
            String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
            char base = decomposed.charAt(0);
            LATIN[c] = decomposed.length() > 1 && Character.isLetter(base) ? base : lower;
        }
    }

    /** {@link Character#isLetterOrDigit} of U+0000..U+007F: the loops over a whole page call {@link #isWordChar}. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < ASCII_WORD.length; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    private Keywords() {
    }

    /** A char of a word, as whole-word matching reads them: a letter or a digit. */
    static boolean isWordChar(char c) {
        return c < ASCII_WORD.length ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    /**
     * How many word chars begin {@code phrase}: its first word, which every whole-word match of it
     * begins with at a word start (0 when the phrase starts with another char).
     */
    static int firstWordLength(String phrase) {
        int end = 0;
        while (end < phrase.length() && isWordChar(phrase.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Lower-cases and strips accents ("Depresión" -> "depresion"), one char for one char. */
    static String fold(String text) {
        char[] chars = text.toCharArray(); // a page's text: no String call per char
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char f = fold(chars[i]);
            if (f != chars[i]) {
                chars[i] = f;
                changed = true;
            }
        }
        return changed ? new String(chars) : text;
    }

    /** One char folded, as {@link #fold(String)} folds it. */
    static char fold(char c) {
        return c < LATIN.length ? LATIN[c] : Character.toLowerCase(c);
    }

    /** Whether {@code folded} contains {@code phrase} (already folded) as whole words. */
    static boolean contains(String folded, String phrase) {
        return indexOf(folded, phrase, 0) >= 0;
    }

    /** The next whole-word occurrence of {@code phrase} at or after {@code from}, or -1. */
    static int indexOf(String folded, String phrase, int from) {
        if (phrase.isEmpty()) {
            return -1;
        }
        int at = folded.indexOf(phrase, from);
        while (at >= 0) {
            int end = at + phrase.length();
            if (!wordChar(folded, at - 1) && !wordChar(folded, end)) {
                return at;
            }
            at = folded.indexOf(phrase, at + 1);
        }
        return -1;
    }

    static boolean containsAny(String folded, Collection<String> phrases) {
        for (String phrase : phrases) {
            if (contains(folded, phrase)) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordChar(String s, int i) {
        return i >= 0 && i < s.length() && isWordChar(s.charAt(i));
    }
}
