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
 *
 * <p>A pattern is searched in a sentence only when one of the literals every match of it contains
 * ({@link PatternSearch#literalIds}) occurs inside the sentence: the page's literal scan knows where
 * they are, and most sentences hold none of most patterns' words.
 */
final class SentenceWarnings {

    /** Characters a sentence may reach either side of a match. */
    static final int SENTENCE_REACH = 200;
    /** Region without any warning match. */
    private static final long NONE = -1;

    private final List<Pattern> words;
    /** Per pattern: the ids of the literals one of which each match contains; null: not known. */
    private final int[][] literalIds;
    /** Per pattern: where its literals occur (sorted, merged offset pairs), worked out on first use. */
    private final int[][] spots;
    /** Per pattern: {@link #spots} worked out; a null entry then means "anywhere". */
    private final boolean[] located;
    private final LiteralScan.Occurrences found;
    private final String s;
    /** Clauses announcing a list of warning signs, or null: none. */
    private final RuleBook.WarningLists lists;
    /** Per region (from << 32 | to): first start << 32 | last start of a warning match, or NONE. */
    private final Map<Long, Long> starts = new HashMap<>();

    /**
     * @param literalIds per pattern of {@code words}, its literal ids in the scan that gave {@code found} (null entries: none known)
     * @param found      the literal occurrences of {@code s} (or of its lower-cased form, same offsets)
     */
    SentenceWarnings(List<Pattern> words, int[][] literalIds, String s, LiteralScan.Occurrences found) {
        this(words, literalIds, s, found, null);
    }

    /** @param lists clauses announcing a list of warning signs (null: none), see {@link #warned} */
    SentenceWarnings(List<Pattern> words, int[][] literalIds, String s, LiteralScan.Occurrences found,
                     RuleBook.WarningLists lists) {
        this.lists = lists;
        this.words = words;
        this.literalIds = literalIds;
        this.spots = new int[words.size()][];
        this.located = new boolean[words.size()];
        this.found = found;
        this.s = s;
    }

    /** Without literal occurrences: every pattern is searched in every sentence. */
    SentenceWarnings(List<Pattern> words, String s) {
        this(words, new int[words.size()][], s, null);
    }

    /**
     * The sentence around [start, end) contains a warning word that does not begin inside the match:
     * one before or after it, or one that begins before it and runs into it (the question "can you
     * buy" of "Can you buy ketamine online?"). One that begins inside is part of the offer (the "not"
     * of "you do not need a prescription"). Or the sentence is an item of a list that a warning clause announces (see
     * {@link RuleBook.WarningLists}).
     */
    boolean warned(int start, int end) {
        int from = sentenceStart(s, start);
        int to = sentenceEnd(s, end);
        long found = starts.computeIfAbsent((long) from << 32 | to, k -> firstAndLast(from, to));
        return found != NONE && ((int) (found >>> 32) < start || (int) found >= end) || inWarningList(from);
    }

    /** The sentence starting at {@code from} follows, within reach, a colon whose clause announces warning signs. */
    private boolean inWarningList(int from) {
        if (lists == null) {
            return false;
        }
        // only the reach is read back (lastIndexOf would read back to the start of a page without a colon, once per candidate)
        int stop = Math.max(0, from - lists.reach());
        int colon = from - 1;
        while (colon >= stop && s.charAt(colon) != ':') {
            colon--;
        }
        return colon >= stop && lists.intros().matcher(s).region(sentenceStart(s, colon), colon).find();
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
    static int sentenceEnd(String s, int end) {
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
        for (int k = 0; k < words.size(); k++) {
            if (!mayMatch(k, from, to)) {
                continue;
            }
            Matcher m = words.get(k).matcher(s);
            m.region(from, to);
            while (m.find()) {
                first = Math.min(first, m.start());
                last = Math.max(last, m.start());
            }
        }
        return last < 0 ? NONE : (long) first << 32 | last;
    }

    /** A literal of pattern {@code k} occurs inside [from, to), or its literals are not known. */
    private boolean mayMatch(int k, int from, int to) {
        if (literalIds[k] == null || found == null) {
            return true;
        }
        if (!located[k]) {
            spots[k] = found.windows(literalIds[k], 0, 0);
            located[k] = true;
        }
        int[] pairs = spots[k];
        if (pairs == null) {
            return true;
        }
        // the last pair starting before `to` ends furthest of those (pairs are disjoint and sorted)
        int lo = 0;
        int hi = pairs.length / 2;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pairs[2 * mid] < to) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && pairs[2 * lo - 1] > from;
    }

    static boolean boundary(char c) {
        // emoji and pictographs (surrogate pairs, arrows, symbols, dingbats) end a clause in posts and bios
        return c == '.' || c == '!' || c == '?' || c == '\n' || c == '•' || c == '|' || Character.isSurrogate(c)
                || c >= '\u2190' && c <= '\u2bff';
    }
}
