package org.clinicverify.score;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The searches of a fixed set of patterns over one {@link LiteralScan}, and for a given text which
 * of them can match there at all: those a literal of whose every literal set occurs. Worked out from
 * the literals that do occur (a handful on most pages) rather than by asking each of the rule book's
 * thousand-odd patterns about its own.
 */
final class PatternIndex {

    private final LiteralScan scan;
    private final PatternSearch[] searches;
    /** Per literal id: the indexes of the searches that have it among their literals. */
    private final int[][] searchesOfLiteral;
    /** Indexes of the searches that know no literal: they can match anywhere. */
    private final int[] withoutLiterals;

    /**
     * @param patterns   every pattern to search for, in the order of {@link #search(int)}
     * @param extraWords other literals to find in the same scan (see {@link #scan()})
     * @param maxReach   the most characters a match may reach either side of a literal (see {@link PatternSearch#of})
     */
    PatternIndex(List<Pattern> patterns, Collection<String> extraWords, int maxReach) {
        List<String> words = new ArrayList<>(extraWords);
        patterns.forEach(p -> words.addAll(PatternSearch.literals(p)));
        this.scan = new LiteralScan(words.stream().sorted().toList());
        this.searches = new PatternSearch[patterns.size()];
        List<List<Integer>> byLiteral = new ArrayList<>();
        List<Integer> anywhere = new ArrayList<>();
        for (int i = 0; i < searches.length; i++) {
            searches[i] = PatternSearch.of(i, patterns.get(i), scan, maxReach);
            int[] ids = searches[i].literalIds();
            if (ids == null) {
                anywhere.add(i);
                continue;
            }
            for (int id : ids) {
                while (byLiteral.size() <= id) {
                    byLiteral.add(new ArrayList<>());
                }
                byLiteral.get(id).add(i);
            }
        }
        this.searchesOfLiteral = byLiteral.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        this.withoutLiterals = anywhere.stream().mapToInt(Integer::intValue).toArray();
    }

    LiteralScan scan() {
        return scan;
    }

    PatternSearch search(int index) {
        return searches[index];
    }

    /** {@code lowered} (a lower-cased text) scanned, with the searches that can match in it. */
    Text text(String lowered) {
        return text(lowered, null);
    }

    /** As {@link #text(String)}, the text's digits known already ({@code digits}; null: found when asked for). */
    Text text(String lowered, Digits digits) {
        LiteralScan.Occurrences found = scan.scan(lowered);
        boolean[] live = new boolean[searches.length];
        for (int i : withoutLiterals) {
            live[i] = true;
        }
        for (int id : found.seen()) {
            if (id < searchesOfLiteral.length) {
                for (int i : searchesOfLiteral[id]) {
                    // "(powder|crystal) of ketamine" on a page with "ketamine" but neither of the others: dead
                    live[i] = live[i] || searches[i].otherSetsOccur(found);
                }
            }
        }
        return new Text(lowered, found, live, digits);
    }

    /**
     * A scanned text: where the literals occur, per search whether it can match at all, and where its
     * digits are (found when first asked for; the same in the text as in its lower-cased form).
     */
    static final class Text {

        private final String lowered;
        private final LiteralScan.Occurrences found;
        private final boolean[] live;
        private Digits digits;

        private Text(String lowered, LiteralScan.Occurrences found, boolean[] live, Digits digits) {
            this.lowered = lowered;
            this.found = found;
            this.live = live;
            this.digits = digits;
        }

        LiteralScan.Occurrences found() {
            return found;
        }

        Digits digits() {
            if (digits == null) {
                digits = Digits.of(lowered);
            }
            return digits;
        }

        boolean live(PatternSearch search) {
            return live[search.index()];
        }
    }
}
