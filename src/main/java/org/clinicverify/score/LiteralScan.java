package org.clinicverify.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where a fixed set of literal strings occurs in a text, all of them in one pass
 * (Aho–Corasick automaton, built once per rules file, as a full transition table over the
 * characters the literals use: one table lookup per character of text). The scorer uses it to learn which of the
 * words its patterns cannot match without occur on a page, and where, so that each regular
 * expression runs only in the windows around those places instead of over the whole page.
 *
 * <p>Bounded work: a literal seen more than {@link #MAX_POSITIONS} times counts as everywhere
 * ({@link Occurrences#windowsAndStarts} gives no windows for it), and patterns that need it are run
 * over the whole text, as they would be without this index.
 *
 * <p>A scan sorts where literals end by the automaton's state there (few distinct states on a page);
 * a literal's own start offsets are read from those only when its windows are asked for. Most
 * occurrences on a long page are of words no live pattern's windows need ("st", ".", "and").
 */
final class LiteralScan {

    /** Occurrences of one literal kept before it counts as everywhere. */
    static final int MAX_POSITIONS = 4_000;

    private final List<String> literals;
    /** Each literal's length by id: read per occurrence, where a list and string lookup each cost a pointer chase. */
    private final int[] lengths;
    private final Map<String, Integer> ids;
    /**
     * States are numbered so that those where some literal ends come last, from this one on: whether
     * a literal ends at a state is a comparison, and {@code state - firstEmitting} numbers the
     * emitting states densely (the index of the arrays below).
     */
    private final int firstEmitting;
    /**
     * The literal ids ending at each emitting state e, its own and those of its failure chain:
     * outputIds[outputStart[e], outputStart[e + 1]), in one array rather than one per state.
     */
    private final int[] outputStart;
    private final int[] outputIds;
    /** Character class of every char: 0 for chars no literal contains, else 1.. (one per distinct char). */
    private final char[] classOf = new char[Character.MAX_VALUE + 1];
    private final int classes;
    /** The longest literal's length: an occurrence ending at e starts at or after e + 1 - longest. */
    private final int longest;
    /** The automaton as a table: state * classes + class -> next state, failure links already followed. */
    private final int[] delta;
    /**
     * The same table in chars when the states fit in one (they do by far for the bundled rules): half
     * the memory, so more of it stays in cache while a page is scanned; null otherwise.
     */
    private final char[] narrow;
    /** Per thread, per emitting state: a count, then a place, during a scan; put back to zeros after each scan. */
    private final ThreadLocal<int[]> perState;

    LiteralScan(List<String> words) {
        Map<String, Integer> unique = new LinkedHashMap<>();
        for (String w : words) {
            if (!w.isEmpty()) {
                unique.putIfAbsent(w, unique.size());
            }
        }
        this.ids = Map.copyOf(unique);
        this.literals = List.copyOf(unique.keySet());
        this.lengths = literals.stream().mapToInt(String::length).toArray();
        int distinct = 0;
        for (String literal : literals) {
            for (char c : literal.toCharArray()) {
                if (classOf[c] == 0) {
                    classOf[c] = (char) ++distinct;
                }
            }
        }
        this.classes = distinct + 1;
        this.longest = literals.stream().mapToInt(String::length).max().orElse(0);
        // the trie (goto function)
        List<Map<Character, Integer>> next = new ArrayList<>();
        next.add(new HashMap<>());
        List<List<Integer>> out = new ArrayList<>();
        out.add(new ArrayList<>());
        for (int id = 0; id < literals.size(); id++) {
            int node = 0;
            for (char c : literals.get(id).toCharArray()) {
                Integer child = next.get(node).get(c);
                if (child == null) {
                    child = next.size();
                    next.get(node).put(c, child);
                    next.add(new HashMap<>());
                    out.add(new ArrayList<>());
                }
                node = child;
            }
            out.get(node).add(id);
        }
        // failure links and the full transition table, breadth first so a state's failure target is done before it
        int[] fail = new int[next.size()];
        int[] delta = new int[next.size() * classes];
        int[] queue = new int[next.size()];
        int head = 0;
        int tail = 0;
        for (Map.Entry<Character, Integer> e : next.get(0).entrySet()) {
            delta[classOf[e.getKey()]] = e.getValue();
            queue[tail++] = e.getValue();
        }
        while (head < tail) {
            int node = queue[head++];
            out.get(node).addAll(node == 0 ? List.of() : out.get(fail[node]));
            for (int c = 0; c < classes; c++) {
                delta[node * classes + c] = delta[fail[node] * classes + c];
            }
            for (Map.Entry<Character, Integer> e : next.get(node).entrySet()) {
                int child = e.getValue();
                fail[child] = delta[fail[node] * classes + classOf[e.getKey()]];
                delta[node * classes + classOf[e.getKey()]] = child;
                queue[tail++] = child;
            }
        }
        // renumber the states breadth first, first those where no literal ends, then those where one
        // does: the shallow states, where a scan spends nearly all its time, then share a few rows of
        // the table and stay in cache between pages
        int[] renumber = new int[next.size()];
        int numbered = 1; // the root stays 0 (no literal is empty)
        for (int k = 0; k < tail; k++) {
            if (out.get(queue[k]).isEmpty()) {
                renumber[queue[k]] = numbered++;
            }
        }
        this.firstEmitting = numbered;
        for (int k = 0; k < tail; k++) {
            if (!out.get(queue[k]).isEmpty()) {
                renumber[queue[k]] = numbered++;
            }
        }
        int[] table = new int[delta.length];
        int[][] output = new int[numbered - firstEmitting][];
        for (int old = 0; old < next.size(); old++) {
            int state = renumber[old];
            for (int c = 0; c < classes; c++) {
                table[state * classes + c] = renumber[delta[old * classes + c]];
            }
            if (state >= firstEmitting) {
                output[state - firstEmitting] = out.get(old).stream().mapToInt(Integer::intValue).toArray();
            }
        }
        this.perState = ThreadLocal.withInitial(() -> new int[output.length]);
        this.outputStart = new int[output.length + 1];
        for (int e = 0; e < output.length; e++) {
            outputStart[e + 1] = outputStart[e] + output[e].length;
        }
        this.outputIds = new int[outputStart[output.length]];
        for (int e = 0; e < output.length; e++) {
            System.arraycopy(output[e], 0, outputIds, outputStart[e], output[e].length);
        }
        this.delta = table;
        if (next.size() <= Character.MAX_VALUE + 1) {
            this.narrow = new char[table.length];
            for (int k = 0; k < table.length; k++) {
                narrow[k] = (char) table[k];
            }
        } else {
            this.narrow = null;
        }
    }

    int id(String literal) {
        Integer id = ids.get(literal);
        if (id == null) {
            throw new IllegalArgumentException("not an indexed literal: " + literal);
        }
        return id;
    }

    String literal(int id) {
        return literals.get(id);
    }

    /** Every occurrence of every literal in {@code text} (start offsets, ascending per literal). */
    Occurrences scan(String text) {
        Emissions found = emissions(text.toCharArray());
        // a counting sort of the emissions by state: per state met, one run of ascending ends (a
        // page meets a few hundred of the states where literals end)
        int[] place = perState.get();
        int[] states = new int[16];
        int stateCount = 0;
        int[] ends = new int[found.size];
        int[] runStart;
        try {
            for (int k = 0; k < found.size; k++) {
                int e = (int) found.emissions[k] - firstEmitting;
                if (place[e]++ == 0) {
                    if (stateCount == states.length) {
                        states = Arrays.copyOf(states, stateCount * 2);
                    }
                    states[stateCount++] = e;
                }
            }
            runStart = new int[stateCount + 1];
            for (int r = 0; r < stateCount; r++) {
                int count = place[states[r]];
                place[states[r]] = runStart[r];
                runStart[r + 1] = runStart[r] + count;
            }
            for (int k = 0; k < found.size; k++) {
                long emission = found.emissions[k];
                ends[place[(int) emission - firstEmitting]++] = (int) (emission >>> 32);
            }
        } finally {
            for (int r = 0; r < stateCount; r++) {
                place[states[r]] = 0;
            }
        }
        return literalsOf(text.length(), ends, runStart, Arrays.copyOf(states, stateCount));
    }

    /**
     * The literals ending at the states met ({@code states}, in the order first met, whose ends are
     * runs of {@code ends}): each literal's count and the runs it is in, its positions left for later.
     */
    private Occurrences literalsOf(int length, int[] ends, int[] runStart, int[] states) {
        // literal id -> its slot + 1 (0: not seen): an array the size of the rule book's literals (27 KB
        // for the bundled rules) is zeroed in about a microsecond, and looks an id up at once
        int[] slotOf = new int[literals.size()];
        int pairs = 0;
        for (int e : states) {
            pairs += outputStart[e + 1] - outputStart[e];
        }
        int[] seen = new int[pairs];
        int[] counts = new int[pairs];
        // per slot, a list of the runs its literal ends in: firstPair[slot] - 1, then nextPair[p] - 1
        int[] firstPair = new int[pairs];
        int[] pairRun = new int[pairs];
        int[] nextPair = new int[pairs];
        int seenCount = 0;
        for (int r = 0, p = 0; r < states.length; r++) {
            int e = states[r];
            for (int o = outputStart[e], last = outputStart[e + 1]; o < last; o++, p++) {
                int id = outputIds[o];
                int slot = slotOf[id] - 1;
                if (slot < 0) {
                    slot = seenCount++;
                    slotOf[id] = slot + 1;
                    seen[slot] = id;
                }
                counts[slot] += runStart[r + 1] - runStart[r];
                pairRun[p] = r;
                nextPair[p] = firstPair[slot];
                firstPair[slot] = p + 1;
            }
        }
        for (int slot = 0; slot < seenCount; slot++) {
            counts[slot] = Math.min(counts[slot], MAX_POSITIONS + 1);
        }
        return new Occurrences(length, ends, runStart, slotOf, Arrays.copyOf(seen, seenCount), counts, firstPair, pairRun, nextPair);
    }

    /**
     * Where a literal ends (offset of its last char) and the state reached there, in text order,
     * packed as end << 32 | state: one array to grow and one store per emission.
     */
    private static final class Emissions {

        private long[] emissions;
        private int size;

        /** Room for one emission per 4 of {@code chars} (on a long English page common words emit about every 5). */
        Emissions(int chars) {
            this.emissions = new long[Math.max(64, chars / 4)];
        }

        void add(int end, int state) {
            if (size == emissions.length) {
                emissions = Arrays.copyOf(emissions, size * 2);
            }
            emissions[size++] = (long) end << 32 | state;
        }

        void addAll(Emissions other) {
            if (size + other.size > emissions.length) {
                emissions = Arrays.copyOf(emissions, Math.max(size + other.size, size * 2));
            }
            System.arraycopy(other.emissions, 0, emissions, size, other.size);
            size += other.size;
        }
    }

    /**
     * Runs the automaton over {@code chars}, recording every emitting state. The text is cut in two
     * halves run side by side in one loop: a table lookup waits for the one before it, so a single
     * run is bound by memory latency, while two independent runs overlap their lookups. The second
     * half starts {@code longest - 1} chars early from the root, so it sees every literal ending in
     * it; what it reports before the cut, the first half reports.
     */
    private Emissions emissions(char[] chars) {
        char[] classOf = this.classOf;
        int emitting = this.firstEmitting;
        int classes = this.classes;
        int n = chars.length;
        int overlap = Math.max(0, longest - 1);
        // the first half is [0, cut), the second [cut - overlap, n): equal lengths
        int cut = (n + overlap + 1) / 2;
        Emissions first = new Emissions(cut);
        Emissions second = new Emissions(n - cut);
        int a = 0;
        int b = 0;
        int i = 0;
        int j = cut - overlap;
        int firstEnd = cut;
        if (narrow != null && j > 0 && cut < n) {
            char[] narrow = this.narrow;
            for (; i < cut && j < n; i++, j++) {
                a = narrow[a * classes + classOf[chars[i]]];
                b = narrow[b * classes + classOf[chars[j]]];
                if (a >= emitting) {
                    first.add(i, a);
                }
                if (b >= emitting && j >= cut) {
                    second.add(j, b);
                }
            }
        } else {
            firstEnd = n; // one run over the whole text
            j = n;
        }
        for (; i < firstEnd; i++) {
            a = narrow != null ? narrow[a * classes + classOf[chars[i]]] : delta[a * classes + classOf[chars[i]]];
            if (a >= emitting) {
                first.add(i, a);
            }
        }
        for (; j < n; j++) {
            b = narrow != null ? narrow[b * classes + classOf[chars[j]]] : delta[b * classes + classOf[chars[j]]];
            if (b >= emitting && j >= cut) {
                second.add(j, b);
            }
        }
        first.addAll(second);
        return first;
    }

    /**
     * Where the literals occur in one text. A literal's start offsets are worked out when first asked
     * for, and kept: one page's, read by one thread.
     */
    final class Occurrences {

        private final int length;
        /** Where literals end, in runs of ascending ends, one per state met: run r is ends[runStart[r], runStart[r + 1]). */
        private final int[] ends;
        private final int[] runStart;
        /** Per slot (a literal seen, in the order first seen): its id and its count (capped at {@link #MAX_POSITIONS} + 1). */
        private final int[] seen;
        private final int[] counts;
        /** Per slot, the runs its literal ends in: pairRun[p - 1] for p = firstPair[slot], then p = nextPair[p - 1], until 0. */
        private final int[] firstPair;
        private final int[] pairRun;
        private final int[] nextPair;
        /**
         * Per slot, once asked for: its occurrences as start offset << 32 | the literal's length, ascending
         * (the first {@link #MAX_POSITIONS} + 1 at most), the form the windows are made from.
         */
        private final long[][] spans;
        /** Literal id -> its slot + 1 (0: the literal does not occur). */
        private final int[] slotOf;

        private Occurrences(int length, int[] ends, int[] runStart, int[] slotOf, int[] seen, int[] counts, int[] firstPair,
                            int[] pairRun, int[] nextPair) {
            this.length = length;
            this.ends = ends;
            this.runStart = runStart;
            this.slotOf = slotOf;
            this.seen = seen;
            this.counts = counts;
            this.firstPair = firstPair;
            this.pairRun = pairRun;
            this.nextPair = nextPair;
            this.spans = new long[seen.length][];
        }

        /** The slot of a literal id, -1 when it does not occur. */
        private int slot(int id) {
            return slotOf[id] - 1;
        }

        /**
         * The occurrences of the literal in {@code slot} as start << 32 | length, ascending, the first
         * {@link #MAX_POSITIONS} + 1 at most. A short literal that also ends longer ones ("iv" of "give",
         * "our" of "your") ends in several states: its runs, each ascending, are merged, not sorted.
         */
        private long[] spansOf(int slot) {
            if (spans[slot] == null) {
                int len = lengths[seen[slot]];
                int runs = 0;
                int total = 0;
                for (int q = firstPair[slot]; q != 0; q = nextPair[q - 1]) {
                    runs++;
                    total += runStart[pairRun[q - 1] + 1] - runStart[pairRun[q - 1]];
                }
                long[] at = new long[total];
                int[] runStarts = new int[runs + 1];
                int k = 0;
                int r = 0;
                for (int q = firstPair[slot]; q != 0; q = nextPair[q - 1]) {
                    int run = pairRun[q - 1];
                    runStarts[r++] = k;
                    for (int j = runStart[run]; j < runStart[run + 1]; j++) {
                        at[k++] = (long) (ends[j] - len + 1) << 32 | len;
                    }
                }
                runStarts[runs] = total;
                at = mergeRuns(at, runStarts, runs);
                spans[slot] = at.length == counts[slot] ? at : Arrays.copyOf(at, counts[slot]);
            }
            return spans[slot];
        }

        private int count(int id) {
            int slot = slot(id);
            return slot < 0 ? 0 : counts[slot];
        }

        /** The length of the text scanned. */
        int length() {
            return length;
        }

        /** How many times the given literals occur, together (each literal counted up to {@link #MAX_POSITIONS} + 1). */
        int occurrences(int[] literalIds) {
            int total = 0;
            for (int id : literalIds) {
                total += count(id);
            }
            return total;
        }

        /** The ids of the literals that occur, in the order they were first seen. */
        int[] seen() {
            return seen.clone();
        }

        /** The start offsets of a literal's occurrences (the first {@link #MAX_POSITIONS} + 1 at most). */
        int[] positions(int id) {
            int slot = slot(id);
            return slot < 0 ? new int[0] : Arrays.stream(spansOf(slot)).mapToInt(span -> (int) (span >>> 32)).toArray();
        }

        boolean contains(int id) {
            return count(id) > 0;
        }

        /**
         * The merged windows [start, end) reaching {@code before} characters before and {@code after}
         * characters after every occurrence of the given literals, as pairs in one array; null when a
         * literal is too frequent to be worth it (the caller then scans the whole text).
         */
        int[] windows(int[] literalIds, int before, int after) {
            int[][] both = windowsAndStarts(literalIds, before, after);
            return both == null ? null : both[0];
        }

        /**
         * The {@link #windows} and, second, where a match that reaches at most {@code before}
         * characters before one of the literals can start: [p - before, p] around every occurrence p,
         * merged likewise; null when a literal is too frequent to be worth it. One sort for both.
         */
        int[][] windowsAndStarts(int[] literalIds, int before, int after) {
            int[] present = new int[literalIds.length]; // the slots of the literals that occur
            int runs = 0;
            int total = 0;
            for (int id : literalIds) {
                int slot = slot(id);
                if (slot >= 0) {
                    if (counts[slot] > MAX_POSITIONS) {
                        return null;
                    }
                    present[runs++] = slot;
                    total += counts[slot];
                }
            }
            // per occurrence: its start << 32 | the literal's length; both windows start at start - before.
            // Each literal's spans ascend: a run, and the runs are merged (one literal's are read as they are).
            long[] spans;
            if (runs == 1) {
                spans = spansOf(present[0]);
            } else {
                spans = new long[total];
                int[] runStarts = new int[runs + 1];
                int k = 0;
                for (int r = 0; r < runs; r++) {
                    long[] at = spansOf(present[r]);
                    runStarts[r] = k;
                    System.arraycopy(at, 0, spans, k, at.length);
                    k += at.length;
                }
                runStarts[runs] = total;
                spans = mergeRuns(spans, runStarts, runs);
            }
            int[] windows = new int[2 * total];
            int[] starts = new int[2 * total];
            int m = 0;
            int n = 0;
            for (long span : spans) {
                int at = (int) (span >>> 32);
                int start = Math.max(0, at - before);
                m = append(windows, m, start, Math.min(length, at + (int) span + after));
                n = append(starts, n, start, at + 1);
            }
            return new int[][] {Arrays.copyOf(windows, m), Arrays.copyOf(starts, n)};
        }

        /**
         * {@code spans} sorted, given that it is made of ascending runs, run r being
         * [runStarts[r], runStarts[r + 1]): neighbouring runs merged pairwise until one is left (the
         * runs are a few literals' occurrences, thousands of them on a long page: cheaper than a sort).
         * Overwrites {@code runStarts}; may return a new array.
         */
        static long[] mergeRuns(long[] spans, int[] runStarts, int runs) {
            if (runs <= 1) {
                return spans;
            }
            long[] from = spans;
            long[] to = new long[spans.length];
            while (runs > 1) {
                int merged = 0;
                for (int r = 0; r < runs; r += 2) {
                    int lo = runStarts[r];
                    int mid = runStarts[Math.min(r + 1, runs)];
                    int hi = runStarts[Math.min(r + 2, runs)];
                    int i = lo;
                    int j = mid;
                    for (int o = lo; o < hi; o++) {
                        to[o] = j >= hi || i < mid && from[i] <= from[j] ? from[i++] : from[j++];
                    }
                    runStarts[merged++] = lo; // below every index still to be read
                }
                runStarts[merged] = spans.length;
                runs = merged;
                long[] swap = from;
                from = to;
                to = swap;
            }
            return from;
        }

        /** Adds [start, end) to the merged pairs out[0, size) (starts ascending); the new size. */
        private static int append(int[] out, int size, int start, int end) {
            if (size > 0 && start <= out[size - 1]) {
                out[size - 1] = Math.max(out[size - 1], end);
                return size;
            }
            out[size] = start;
            out[size + 1] = end;
            return size + 2;
        }
    }
}
