package org.clinicverify.extract;

import java.util.Arrays;
import java.util.List;

/**
 * A few lists of folded phrases looked for as whole words in short texts (link labels, link
 * targets): for each list, the answer of {@code Keywords.containsAny(Keywords.fold(text), list)}.
 * The text's words are read once first: a whole-word match of a phrase begins with a word equal to
 * the phrase's first word, and most texts (a navigation page's thousand links) have none, so they
 * are neither folded nor searched phrase by phrase.
 */
final class PhraseSet {

    private final List<List<String>> lists;
    /**
     * Per list, the hash codes ({@link String#hashCode()}) of the first word of its phrases, sorted;
     * null when some phrase does not start with a word character (the list is then always searched).
     * Hashes cost no string per word read; another word with an equal hash only means a full search.
     */
    private final int[][] firstWords;

    PhraseSet(List<List<String>> lists) {
        if (lists.size() > 31) {
            throw new IllegalArgumentException("at most 31 lists");
        }
        this.lists = lists.stream().map(List::copyOf).toList();
        this.firstWords = lists.stream().map(PhraseSet::firstWordHashes).toArray(int[][]::new);
    }

    private static int[] firstWordHashes(List<String> phrases) {
        int[] first = new int[phrases.size()];
        int n = 0;
        for (String phrase : phrases) {
            if (phrase.isEmpty()) {
                continue; // never matches (Keywords.indexOf)
            }
            int end = Keywords.firstWordLength(phrase);
            if (end == 0) {
                return null;
            }
            first[n++] = phrase.substring(0, end).hashCode();
        }
        int[] sorted = Arrays.copyOf(first, n);
        Arrays.sort(sorted);
        return sorted;
    }

    /**
     * Bit k set when list k (of those whose bit is set in {@code wanted}) has a phrase in the folded
     * {@code text} as whole words.
     */
    int matching(String text, int wanted) {
        int maybe = 0;
        for (int k = 0; k < firstWords.length; k++) {
            if (firstWords[k] == null) {
                maybe |= 1 << k;
            }
        }
        maybe = (maybe | wordsStartingPhrases(text, wanted)) & wanted;
        if (maybe == 0) {
            return 0;
        }
        String folded = Keywords.fold(text);
        int out = 0;
        for (int k = 0; k < lists.size(); k++) {
            if ((maybe & 1 << k) != 0 && Keywords.containsAny(folded, lists.get(k))) {
                out |= 1 << k;
            }
        }
        return out;
    }

    /** Bit k set when a word of the folded text (a run of letters and digits, as Keywords reads them) may start a phrase of list k. */
    private int wordsStartingPhrases(String text, int wanted) {
        int found = 0;
        int n = text.length();
        int hash = 0;
        boolean inWord = false;
        for (int i = 0; i <= n; i++) {
            char f = i < n ? Keywords.fold(text.charAt(i)) : ' ';
            if (Keywords.isWordChar(f)) {
                hash = inWord ? 31 * hash + f : f;
                inWord = true;
            } else if (inWord) {
                for (int k = 0; k < firstWords.length; k++) {
                    if ((wanted & 1 << k) != 0 && firstWords[k] != null && Arrays.binarySearch(firstWords[k], hash) >= 0) {
                        found |= 1 << k;
                    }
                }
                inWord = false;
            }
        }
        return found;
    }
}
