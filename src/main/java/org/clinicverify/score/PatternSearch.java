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

    private static final int[] NOWHERE = new int[0];

    private final Pattern pattern;
    /** Ids (in the scan) of the literals one of which each match contains; null when none is known. */
    private final int[] literalIds;
    private final int before;
    private final int after;
    /** The characters a match can start with; null when not known. */
    private final StartChars start;

    private PatternSearch(Pattern pattern, int[] literalIds, int before, int after) {
        this.pattern = pattern;
        this.literalIds = literalIds;
        this.before = before;
        this.after = after;
        this.start = StartChars.of(pattern).filter(StartChars::worthUsing).orElse(null);
    }

    /**
     * The search for {@code pattern}, its literals looked up in {@code scan} (which must index them),
     * its reach either side of a literal capped at {@code maxReach}.
     */
    static PatternSearch of(Pattern pattern, LiteralScan scan, int maxReach) {
        return Literals.anyOf(pattern)
                .map(r -> new PatternSearch(pattern, r.literals().stream().sorted().mapToInt(scan::id).toArray(),
                        Math.min(maxReach, r.before()), Math.min(maxReach, r.after())))
                .orElseGet(() -> new PatternSearch(pattern, null, 0, 0));
    }

    /** The literals {@link #of} needs indexed for {@code pattern} (none when it knows none). */
    static List<String> literals(Pattern pattern) {
        return Literals.anyOf(pattern).map(r -> List.copyOf(r.literals())).orElse(List.of());
    }

    Pattern pattern() {
        return pattern;
    }

    /**
     * Where in a text the pattern can match, given the literal occurrences {@code found} of that text
     * (offsets as in the text): pairs of offsets, empty when it cannot match, null for the whole text.
     */
    int[] windows(LiteralScan.Occurrences found) {
        if (literalIds == null) {
            return null;
        }
        for (int id : literalIds) {
            if (found.contains(id)) {
                return found.windows(literalIds, before, after);
            }
        }
        return NOWHERE;
    }

    /** The matches of the pattern in {@code s}, whose literal occurrences are {@code found}. */
    TextMatches.Cursor in(String s, LiteralScan.Occurrences found) {
        return TextMatches.of(pattern, start, s, windows(found));
    }

    /** The matches of the alternation of {@code searches} in {@code s}, each searched in its own windows. */
    static TextMatches.Cursor firstOf(PatternSearch[] searches, String s, LiteralScan.Occurrences found) {
        if (searches.length == 1) {
            return searches[0].in(s, found);
        }
        List<Pattern> patterns = new ArrayList<>(searches.length);
        List<StartChars> starts = new ArrayList<>(searches.length);
        List<int[]> windows = new ArrayList<>(searches.length);
        for (PatternSearch search : searches) {
            patterns.add(search.pattern);
            starts.add(search.start);
            windows.add(search.windows(found));
        }
        return TextMatches.firstOf(patterns, starts, s, windows);
    }
}
