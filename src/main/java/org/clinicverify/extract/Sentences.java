package org.clinicverify.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentence spans around keyword hits, so that a whole page is searched once per phrase (through a
 * {@link WordIndex} of its words, built once) and only the few sentences that contain a hit are
 * looked at closely (negations, shipping claims). A sentence ends at a line break, at ". ", "! ",
 * "? ", or at a " · ", " | ", " • " separator.
 */
final class Sentences {

    /** A sentence of {@code text}: [start, end). */
    record Span(int start, int end) {
    }

    private final String text;
    private final String folded;
    private WordIndex words;

    /** {@code folded} must be {@code Keywords.fold(text)} (same length, same positions). */
    Sentences(String text, String folded) {
        this.text = text;
        this.folded = folded;
    }

    /** The whole-word occurrences of a folded phrase in the folded text, in text order. */
    int[] occurrences(String phrase) {
        if (words == null) {
            words = WordIndex.of(folded);
        }
        return words.occurrences(phrase);
    }

    /** Whether the folded text has one of the phrases as whole words ({@code Keywords.containsAny}). */
    boolean mentionsAny(Collection<String> phrases) {
        for (String phrase : phrases) {
            if (occurrences(phrase).length > 0) {
                return true;
            }
        }
        return false;
    }

    String folded(Span s) {
        return folded.substring(s.start(), s.end());
    }

    String original(Span s) {
        return text.substring(s.start(), s.end()).strip();
    }

    /** Sentences holding any of the phrases, in text order, each once. */
    List<Span> containing(Collection<String> phrases) {
        Map<Integer, Span> byStart = new LinkedHashMap<>();
        for (String phrase : phrases) {
            int sentenceEnd = 0;
            for (int at : occurrences(phrase)) {
                if (at >= sentenceEnd) { // a later hit in the same sentence adds nothing
                    Span s = around(at);
                    byStart.putIfAbsent(s.start(), s);
                    sentenceEnd = s.end();
                }
            }
        }
        List<Span> out = new ArrayList<>(byStart.values());
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** Whether one of the phrases occurs in a sentence that has none of the {@code vetoes}. */
    boolean anyUnvetoed(Collection<String> phrases, Collection<String> vetoes) {
        for (String phrase : phrases) {
            int sentenceEnd = 0;
            for (int at : occurrences(phrase)) {
                if (at >= sentenceEnd) { // a later hit in the same sentence has the same vetoes
                    Span s = around(at);
                    if (!Keywords.containsAny(folded(s), vetoes)) {
                        return true;
                    }
                    sentenceEnd = s.end();
                }
            }
        }
        return false;
    }

    Span around(int position) {
        int start = position;
        while (start > 0 && !endsBefore(start)) {
            start--;
        }
        int end = Math.min(position + 1, text.length());
        while (end < text.length() && !endsBefore(end)) {
            end++;
        }
        return new Span(start, end);
    }

    /** Whether a sentence boundary lies just before index {@code i}. */
    private boolean endsBefore(int i) {
        if (i <= 0 || i >= text.length()) {
            return true;
        }
        char prev = text.charAt(i - 1);
        char c = text.charAt(i);
        if (prev == '\n' || c == '\n') {
            return true;
        }
        if (Character.isWhitespace(c) && (prev == '.' || prev == '!' || prev == '?')) {
            return true;
        }
        boolean separator = c == '·' || c == '|' || c == '•';
        return separator || prev == '·' || prev == '|' || prev == '•';
    }
}
