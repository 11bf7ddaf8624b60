package org.clinicverify.score;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The warning words of the sentences of one text, for {@link PageAnalyzer}'s negatable rules. Many
 * candidate matches of many rules fall in the same sentence (a context rule tries its combined
 * pattern and then each pattern alone), so each sentence is searched once: the first and last start
 * of a warning match in it are kept, which is all the question "does one begin outside the match?"
 * needs. Same answers as searching the sentence again for every candidate.
 */
final class SentenceWarnings {

    /** Characters a sentence may reach either side of a match. */
    static final int SENTENCE_REACH = 200;
    /** Region without any warning match. */
    private static final long NONE = -1;

    private final List<Pattern> words;
    private final String s;
    /** Per region (from << 32 | to): first start << 32 | last start of a warning match, or NONE. */
    private final Map<Long, Long> starts = new HashMap<>();

    SentenceWarnings(List<Pattern> words, String s) {
        this.words = words;
        this.s = s;
    }

    /**
     * The sentence around [start, end) contains a warning word that does not begin inside the match:
     * one before or after it, or one that begins before it and runs into it (the question "can you
     * buy" of "Can you buy ketamine online?"). One that begins inside is part of the offer (the "not"
     * of "you do not need a prescription").
     */
    boolean warned(int start, int end) {
        int from = sentenceStart(s, start);
        int to = sentenceEnd(s, end);
        long found = starts.computeIfAbsent((long) from << 32 | to, k -> firstAndLast(from, to));
        return found != NONE && ((int) (found >>> 32) < start || (int) found >= end);
    }

    /** Where the sentence before {@code start} begins (within {@link #SENTENCE_REACH}). */
    static int sentenceStart(String s, int start) {
        int from = start;
        while (from > 0 && start - from < SENTENCE_REACH && !boundary(s.charAt(from - 1))) {
            from--;
        }
        return from;
    }

    /** Where the sentence after {@code end} ends (within {@link #SENTENCE_REACH}). */
    private static int sentenceEnd(String s, int end) {
        int to = end;
        while (to < s.length() && to - end < SENTENCE_REACH && !boundary(s.charAt(to))) {
            to++;
        }
        return to;
    }

    /** Each pattern searched in the region [from, to) as a matcher region, like a search per candidate did. */
    private long firstAndLast(int from, int to) {
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (Pattern w : words) {
            Matcher m = w.matcher(s);
            m.region(from, to);
            while (m.find()) {
                first = Math.min(first, m.start());
                last = Math.max(last, m.start());
            }
        }
        return last < 0 ? NONE : (long) first << 32 | last;
    }

    static boolean boundary(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\n' || c == '•' || c == '|';
    }
}
