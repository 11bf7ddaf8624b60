package org.clinicverify.extract;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/** Phrase matching on folded text: lower case, accents removed, whole words only. */
final class Keywords {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Keywords() {
    }

    /** Lower-cases and strips accents ("Depresión" -> "depresion"); keeps the length of most text. */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int i = 0; i < lower.length() && ascii; i++) {
            ascii = lower.charAt(i) < 128;
        }
        if (ascii) {
            return lower;
        }
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** Whether {@code folded} contains {@code phrase} (already folded) as whole words. */
    static boolean contains(String folded, String phrase) {
        return indexOf(folded, phrase, 0) >= 0;
    }

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
        return i >= 0 && i < s.length() && Character.isLetterOrDigit(s.charAt(i));
    }
}
