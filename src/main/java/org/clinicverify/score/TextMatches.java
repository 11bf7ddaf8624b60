package org.clinicverify.score;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Successive matches of a pattern in a text, exactly as {@link Matcher#find()} would give them, but
 * searched only inside windows known to contain every match (see {@link LiteralScan}). Bounds are
 * transparent, so \b and lookarounds see the text around a window.
 *
 * <p>{@link #firstOf} gives the matches of the alternation {@code (?:p1)|(?:p2)|...} without
 * building it: at each step the leftmost start among the patterns wins, and at equal starts the
 * earlier pattern, which is how a regex alternation chooses. Each pattern is searched only in its
 * own windows, so one pattern with a common word does not make all the others scan the page.
 *
 * <p>Where the possible starts of a match are known more narrowly than its windows ("start
 * windows", see {@link PatternSearch}), only those positions are tried, each as
 * {@link Matcher#lookingAt()} over the rest of its window.
 */
final class TextMatches {

    /** A forward-only cursor over matches. */
    interface Cursor {

        /** Moves to the next match; false when there is none. */
        boolean next();

        int start();

        int end();

        /** A capturing group of the current match. */
        String group(int group);
    }

    /** No match at all. */
    static final Cursor NONE = new Cursor() {

        @Override
        public boolean next() {
            return false;
        }

        @Override
        public int start() {
            return -1;
        }

        @Override
        public int end() {
            return -1;
        }

        @Override
        public String group(int group) {
            throw new IllegalStateException("no match");
        }
    };

    private TextMatches() {
    }

    /**
     * The matches of {@code pattern} in {@code s}, searched in {@code windows} (offset pairs; null:
     * everywhere), tried only at its start characters where they can be told and are worth it, jumping
     * to digits through {@code digits} (those of {@code s}; null: looked up in the text).
     */
    static Cursor of(Pattern pattern, String s, int[] windows, Digits digits) {
        return new Single(pattern, startChars(pattern), s, windows, null, digits);
    }

    /** Start characters of the few constant patterns searched through {@link #of(Pattern, String, int[], Digits)}, read once each. */
    private static final Map<Pattern, Optional<StartChars>> STARTS = new ConcurrentHashMap<>();

    private static StartChars startChars(Pattern pattern) {
        Optional<StartChars> known = STARTS.get(pattern);
        if (known == null) {
            known = StartChars.of(pattern).filter(StartChars::worthUsing);
            if (STARTS.size() < 64) { // a bound, should a caller ever pass patterns made per page
                STARTS.put(pattern, known);
            }
        }
        return known.orElse(null);
    }

    /** The matches of {@code pattern} in {@code s}, searched in {@code windows} (null: everywhere), tried only where a match can start ({@code start} null: everywhere). */
    static Cursor of(Pattern pattern, StartChars start, String s, int[] windows) {
        return new Single(pattern, start, s, windows, null, null);
    }

    /**
     * As {@link #of(Pattern, StartChars, String, int[])}, trying the pattern only at positions in
     * {@code startWindows} (offset pairs, sorted and disjoint; null: anywhere in the windows), and
     * jumping to digits through {@code digits} (those of {@code s}; null: looked up in the text).
     */
    static Cursor of(Pattern pattern, StartChars start, String s, int[] windows, int[] startWindows, Digits digits) {
        return new Single(pattern, start, s, windows, startWindows, digits);
    }

    /** The matches of the alternation of {@code patterns}, each searched in its own windows (null: everywhere). */
    static Cursor firstOf(List<Pattern> patterns, String s, List<int[]> windows) {
        List<StartChars> anywhere = java.util.Collections.nCopies(patterns.size(), null);
        return firstOf(patterns, anywhere, s, windows, java.util.Collections.nCopies(patterns.size(), null), null);
    }

    /**
     * As {@link #firstOf(List, String, List)}, each pattern tried only where it can start (null: everywhere) and
     * in its start windows (null: anywhere), jumping to digits through {@code digits} (those of {@code s}; null: looked up).
     */
    static Cursor firstOf(List<Pattern> patterns, List<StartChars> starts, String s, List<int[]> windows, List<int[]> startWindows,
                          Digits digits) {
        Single[] alternatives = new Single[patterns.size()];
        for (int i = 0; i < alternatives.length; i++) {
            alternatives[i] = new Single(patterns.get(i), starts.get(i), s, windows.get(i), startWindows.get(i), digits);
        }
        return new FirstOf(alternatives);
    }

    private static final class Single implements Cursor {

        private final Pattern pattern;
        /** The characters a match can start with; null: any. */
        private final StartChars start;
        private final String s;
        /** Created on the first search inside a window: most patterns have no window on a page. */
        private Matcher matcher;
        /** Finds the next start character when they are few and rare (else null); created with the matcher. */
        private StartChars.Skipper skipper;
        private final int[] windows;
        /** Where a match can start (offset pairs); null: anywhere in the windows. */
        private final int[] startWindows;
        /** The first start window that may still hold a start at or after the search position. */
        private int startWindow;
        private int window;
        /** The digits of {@link #s}, for the skipper; null: it looks them up itself. */
        private final Digits digits;
        private int matchStart = -1;
        private int end = -1;
        private int from;
        private boolean exhausted;

        Single(Pattern pattern, StartChars start, String s, int[] windows, int[] startWindows, Digits digits) {
            this.pattern = pattern;
            this.digits = digits;
            this.start = start;
            this.s = s;
            this.windows = windows == null ? new int[] {0, s.length()} : windows;
            this.startWindows = startWindows;
        }

        @Override
        public boolean next() {
            boolean found = seek(from);
            if (found) {
                from = end == matchStart ? end + 1 : end;
            }
            return found;
        }

        /** The leftmost match starting at or after {@code position}. */
        boolean seek(int position) {
            while (!exhausted && window < windows.length) {
                int windowEnd = windows[window + 1];
                if (position >= windowEnd) {
                    window += 2;
                    continue;
                }
                if (matcher == null) {
                    matcher = pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
                    skipper = start == null ? null : start.skipper(s, digits);
                }
                int windowStart = Math.max(position, windows[window]);
                boolean found = startWindows != null ? findInStartWindows(windowStart, windowEnd)
                        : start == null ? find(windowStart, windowEnd) : findAtStarts(windowStart, windowEnd);
                if (found) {
                    return true;
                }
                window += 2;
            }
            exhausted = true;
            return false;
        }

        private boolean find(int from, int to) {
            matcher.region(from, to);
            return found(matcher.find());
        }

        /**
         * The leftmost match in [from, to), trying only the positions holding a start character: the
         * match {@link Matcher#find()} would give, since find tries positions left to right and at
         * each one matches as {@link Matcher#lookingAt()} does.
         */
        private boolean findAtStarts(int from, int to) {
            if (skipper != null) {
                return jumpingToStarts(from, to, to);
            }
            for (int i = from; i < to; i++) {
                if (start.canStartAt(s, i)) {
                    matcher.region(i, to);
                    if (found(matcher.lookingAt())) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * The leftmost match starting in [first, last) and ending by {@code to}, trying only the
         * positions of the {@link #skipper}'s start characters.
         */
        private boolean jumpingToStarts(int first, int last, int to) {
            for (int i = skipper.next(first); i < last; i = skipper.next(i + 1)) {
                if (start.canStartAt(s, i)) {
                    matcher.region(i, to);
                    if (found(matcher.lookingAt())) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** As {@link #findAtStarts}, trying only the positions in the start windows. */
        private boolean findInStartWindows(int from, int to) {
            while (startWindow < startWindows.length && startWindows[startWindow + 1] <= from) {
                startWindow += 2;
            }
            for (int w = startWindow; w < startWindows.length && startWindows[w] < to; w += 2) {
                int end = Math.min(to, startWindows[w + 1]);
                if (skipper != null) {
                    // rare start characters (digits, say): jump to them, do not step through the window
                    if (jumpingToStarts(Math.max(from, startWindows[w]), end, to)) {
                        return true;
                    }
                    continue;
                }
                for (int i = Math.max(from, startWindows[w]); i < end; i++) {
                    if (start == null || start.canStartAt(s, i)) {
                        matcher.region(i, to);
                        if (found(matcher.lookingAt())) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private boolean found(boolean found) {
            if (found) {
                matchStart = matcher.start();
                end = matcher.end();
            }
            return found;
        }

        @Override
        public int start() {
            return matchStart;
        }

        @Override
        public int end() {
            return end;
        }

        @Override
        public String group(int group) {
            return matcher.group(group);
        }
    }

    private static final class FirstOf implements Cursor {

        private final Single[] alternatives;
        /** Whether alternative i holds a match starting at or after {@link #from}. */
        private final boolean[] ready;
        private final boolean[] done;
        private int from;
        private int start = -1;
        private int end = -1;
        private int chosen = -1;

        FirstOf(Single[] alternatives) {
            this.alternatives = alternatives;
            this.ready = new boolean[alternatives.length];
            this.done = new boolean[alternatives.length];
        }

        @Override
        public boolean next() {
            int best = -1;
            for (int i = 0; i < alternatives.length; i++) {
                if (done[i]) {
                    continue;
                }
                if (!ready[i] || alternatives[i].start() < from) {
                    ready[i] = alternatives[i].seek(from);
                    if (!ready[i]) {
                        done[i] = true;
                        continue;
                    }
                }
                if (best < 0 || alternatives[i].start() < alternatives[best].start()) {
                    best = i;
                }
            }
            if (best < 0) {
                return false;
            }
            chosen = best;
            start = alternatives[best].start();
            end = alternatives[best].end();
            from = end == start ? end + 1 : end;
            return true;
        }

        @Override
        public int start() {
            return start;
        }

        @Override
        public int end() {
            return end;
        }

        @Override
        public String group(int group) {
            return alternatives[chosen].group(group);
        }
    }
}
