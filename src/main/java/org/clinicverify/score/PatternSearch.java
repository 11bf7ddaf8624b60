package org.clinicverify.score;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One pattern of the rule book with what is known, before reading any page, about where it can
 * match: the literals one of which every match contains ({@link Literals#anyOf}) and how far a match
 * reaches around them. On a page, the {@link LiteralScan} occurrences of those literals give the
 * windows the pattern is searched in; a pattern none of whose literals occurs is not run at all
 * (no matcher is even created), which is the common case: most of the rule book's patterns are in
 * languages or about subjects the page does not have. Inside a window the pattern is tried only at
 * the characters a match can start with ({@link StartChars}).
 */
final class PatternSearch {

    private final int index;
    private final Pattern pattern;
    /** Ids (in the scan) of the literals one of which each match contains; null when none is known. */
    private final int[] literalIds;
    private final int before;
    private final int after;
    /** The characters a match can start with; null when not known. */
    private final StartChars start;

    private PatternSearch(int index, Pattern pattern, int[] literalIds, int before, int after) {
        this.index = index;
        this.pattern = pattern;
        this.literalIds = literalIds;
        this.before = before;
        this.after = after;
        this.start = StartChars.of(pattern).filter(StartChars::worthUsing).orElse(null);
    }

    /**
     * The search for {@code pattern} (number {@code index} of its {@link PatternIndex}), its literals
     * looked up in {@code scan} (which must index them), its reach either side of a literal capped at
     * {@code maxReach}.
     */
    static PatternSearch of(int index, Pattern pattern, LiteralScan scan, int maxReach) {
        return Literals.anyOf(pattern)
                .map(r -> new PatternSearch(index, pattern, r.literals().stream().sorted().mapToInt(scan::id).toArray(),
                        Math.min(maxReach, r.before()), Math.min(maxReach, r.after())))
                .orElseGet(() -> new PatternSearch(index, pattern, null, 0, 0));
    }

    /** The literals {@link #of} needs indexed for {@code pattern} (none when it knows none). */
    static List<String> literals(Pattern pattern) {
        return Literals.anyOf(pattern).map(r -> List.copyOf(r.literals())).orElse(List.of());
    }

    int index() {
        return index;
    }

    Pattern pattern() {
        return pattern;
    }

    /** Ids of the literals one of which every match contains; null when none is known. */
    int[] literalIds() {
        return literalIds == null ? null : literalIds.clone();
    }

    /**
     * The matches of the pattern in {@code s}; {@code t} is {@code s} (or its lower-cased form, same
     * offsets) as scanned by the pattern's index.
     */
    TextMatches.Cursor in(String s, PatternIndex.Text t) {
        return t.live(this) ? matches(s, t) : TextMatches.NONE;
    }

    /** The matches of the alternation of {@code searches} in {@code s}, each searched in its own windows. */
    static TextMatches.Cursor firstOf(PatternSearch[] searches, String s, PatternIndex.Text t) {
        int live = 0;
        PatternSearch last = null;
        for (PatternSearch search : searches) {
            if (t.live(search)) {
                live++;
                last = search;
            }
        }
        if (live <= 1) {
            return live == 0 ? TextMatches.NONE : last.matches(s, t);
        }
        List<Pattern> patterns = new ArrayList<>(live);
        List<StartChars> starts = new ArrayList<>(live);
        List<int[]> windows = new ArrayList<>(live);
        for (PatternSearch search : searches) {
            if (t.live(search)) {
                patterns.add(search.pattern);
                starts.add(search.start);
                windows.add(search.windows(t.found()));
            }
        }
        return TextMatches.firstOf(patterns, starts, s, windows);
    }

    private TextMatches.Cursor matches(String s, PatternIndex.Text t) {
        return TextMatches.of(pattern, start, s, windows(t.found()));
    }

    /** Where the pattern can match in a text whose literal occurrences are {@code found}: offset pairs, null for everywhere. */
    private int[] windows(LiteralScan.Occurrences found) {
        return literalIds == null ? null : found.windows(literalIds, before, after);
    }
}
