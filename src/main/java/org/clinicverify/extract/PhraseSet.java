package org.clinicverify.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Folded phrases looked for as whole words in short texts (link labels, link targets), answering
 * as {@code Keywords.containsAny(Keywords.fold(text), phrases)} does, but first asking whether the
 * text has a word that starts one of the phrases: a whole-word match always begins with such a
 * word, and most texts (a navigation page's thousand links) have none, so they are neither folded
 * nor searched phrase by phrase.
 */
final class PhraseSet {

    private final List<String> phrases;
    /** The first word of every phrase; null when some phrase does not start with a word character. */
    private final Set<String> firstWords;

    PhraseSet(List<String> phrases) {
        this.phrases = List.copyOf(phrases);
        Set<String> first = new HashSet<>();
        for (String phrase : phrases) {
            if (phrase.isEmpty()) {
                continue; // never matches (Keywords.indexOf)
            }
            int end = 0;
            while (end < phrase.length() && Character.isLetterOrDigit(phrase.charAt(end))) {
                end++;
            }
            if (end == 0) {
                first = null;
                break;
            }
            first.add(phrase.substring(0, end));
        }
        this.firstWords = first;
    }

    /** Whether the folded {@code text} contains one of the phrases as whole words. */
    boolean anyIn(String text) {
        if (firstWords != null && !hasFirstWord(text)) {
            return false;
        }
        return Keywords.containsAny(Keywords.fold(text), phrases);
    }

    /** Whether a word of the folded text (a run of letters and digits, as Keywords reads them) starts a phrase. */
    private boolean hasFirstWord(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(Keywords.fold(text.charAt(i)))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(Keywords.fold(text.charAt(i)))) {
                i++;
            }
            if (i > start && firstWords.contains(Keywords.fold(text.substring(start, i)))) {
                return true;
            }
        }
        return false;
    }
}
