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
 * the characters a match can start with ({@link StartChars}). When every match needs a literal of
 * several sets ("(powder|crystal) of ketamine" needs one of the first two words and "ketamine"), the
 * pattern is searched only where the windows of all sets overlap ({@link Literals#allOf}).
 *
 * <p>A match starts at most {@code before} characters ahead of its literal, so inside a window the
 * pattern is tried only at [p - before, p] around each occurrence p (when that reach is known
 * exactly, not capped): a common word ("care", "clinic") opens windows over most of a page, but
 * the starts near it are far fewer.
 */
final class PatternSearch {

    /**
     * Literal ids (in the scan) one of which each match contains, and the reach of a match around
     * them; {@code exactBefore}: the reach before is the pattern's own, not capped at the maximum.
     */
    private record LiteralSet(int[] ids, int before, int after, boolean exactBefore) {
    }

    private final int index;
    private final Pattern pattern;
    /** Each match contains a literal of every set; the first decides whether the pattern is live. Empty: none known. */
    private final List<LiteralSet> sets;
    /** The characters a match can start with; null when not known. */
    private final StartChars start;

    private PatternSearch(int index, Pattern pattern, List<LiteralSet> sets) {
        this.index = index;
        this.pattern = pattern;
        this.sets = sets;
        this.start = StartChars.of(pattern).filter(StartChars::worthUsing).orElse(null);
    }

    /**
     * The search for {@code pattern} (number {@code index} of its {@link PatternIndex}), its literals
     * looked up in {@code scan} (which must index them), its reach either side of a literal capped at
     * {@code maxReach}.
     */
    static PatternSearch of(int index, Pattern pattern, LiteralScan scan, int maxReach) {
        List<LiteralSet> sets = Literals.allOf(pattern).stream()
                .map(r -> new LiteralSet(r.literals().stream().sorted().mapToInt(scan::id).toArray(),
                        Math.min(maxReach, r.before()), Math.min(maxReach, r.after()), r.before() <= maxReach))
                .toList();
        return new PatternSearch(index, pattern, sets);
    }

    /** The literals {@link #of} needs indexed for {@code pattern} (none when it knows none). */
    static List<String> literals(Pattern pattern) {
        return Literals.allOf(pattern).stream().flatMap(r -> r.literals().stream()).distinct().toList();
    }

    int index() {
        return index;
    }

    Pattern pattern() {
        return pattern;
    }

    /** Ids of the literals one of which every match contains (the first set); null when none is known. */
    int[] literalIds() {
        return sets.isEmpty() ? null : sets.get(0).ids().clone();
    }

    /**
     * Whether a literal of each of the other sets than the first occurs in {@code found}: when one
     * does not, the pattern cannot match there (the windows where all sets meet are empty).
     */
    boolean otherSetsOccur(LiteralScan.Occurrences found) {
        for (int k = 1; k < sets.size(); k++) {
            if (found.occurrences(sets.get(k).ids()) == 0) {
                return false;
            }
        }
        return true;
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
        List<int[]> startWindows = new ArrayList<>(live);
        boolean skips = false;
        for (PatternSearch search : searches) {
            if (t.live(search)) {
                skips |= search.skips();
                patterns.add(search.pattern);
                starts.add(search.start);
                int[][] where = search.windows(t.found());
                windows.add(where[0]);
                startWindows.add(where[1]);
            }
        }
        return TextMatches.firstOf(patterns, starts, s, windows, startWindows, skips ? t.digits() : null);
    }

    private TextMatches.Cursor matches(String s, PatternIndex.Text t) {
        int[][] where = windows(t.found());
        return TextMatches.of(pattern, start, s, where[0], where[1], skips() ? t.digits() : null);
    }

    /** Whether the search jumps from one start character to the next (digit-led patterns, prices). */
    private boolean skips() {
        return start != null && start.skips();
    }

    /**
     * Where the pattern can match in a text whose literal occurrences are {@code found}, and where a
     * match can start: two arrays of offset pairs, each null for "not known" (search everywhere).
     */
    private int[][] windows(LiteralScan.Occurrences found) {
        int[] windows = null;
        int[] starts = null;
        for (LiteralSet set : sets) {
            if (start != null && start.skips()
                    && (long) found.occurrences(set.ids()) * (set.before() + set.after()) > 2L * found.length()) {
                // windows around a common literal ("st" of a street name is in "first", "most"...)
                // would cover the text anyway: jumping to the rare start characters is cheaper
                continue;
            }
            int[][] spans = found.windowsAndStarts(set.ids(), set.before(), set.after());
            if (spans == null) {
                continue;
            }
            windows = overlap(windows, spans[0]);
            starts = set.exactBefore() ? overlap(starts, spans[1]) : starts;
            if (windows.length == 0) {
                return new int[][] {windows, windows};
            }
        }
        return new int[][] {windows, starts};
    }

    /** Where two sets of windows (sorted, disjoint offset pairs; null: everywhere) overlap. */
    static int[] overlap(int[] a, int[] b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        int[] out = new int[a.length + b.length];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            int from = Math.max(a[i], b[j]);
            int to = Math.min(a[i + 1], b[j + 1]);
            if (from < to) {
                out[n++] = from;
                out[n++] = to;
            }
            if (a[i + 1] < b[j + 1]) {
                i += 2;
            } else {
                j += 2;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
