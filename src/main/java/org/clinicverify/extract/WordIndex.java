package org.clinicverify.extract;

import java.util.Arrays;
import java.util.Collection;

/**
 * Where each word of one folded text begins, grouped by word, so that a page is searched for the
 * vocabulary's few hundred phrases without one {@code indexOf} over the whole text per phrase.
 *
 * <p>Why it finds what {@link Keywords#indexOf} finds: a whole-word match of a phrase that starts
 * with a word character (a letter or digit, as {@link Keywords} reads them) begins where a word of
 * the text begins, and that word equals the phrase's first word (the char after it is either the
 * phrase's next, non-word char or the match's end, which is not a word char). So the candidates are
 * the places where the phrase's first word begins, and each is checked exactly. Phrases that start
 * with any other char are searched the plain way.
 *
 * <p>Words are grouped by their {@link String#hashCode()}: two words with equal hashes share a group,
 * which only adds candidates that the exact check drops.
 */
final class WordIndex {

    private static final int[] NONE = new int[0];

    private final String text;
    /** Open addressing on the word hash: slot -> group + 1, 0 when empty. */
    private final int[] slots;
    private final int[] groupHash;
    /** Positions of group g: {@code positions[groupStart[g] .. groupStart[g + 1])}, in text order. */
    private final int[] groupStart;
    private final int[] positions;

    private WordIndex(String text, int[] slots, int[] groupHash, int[] groupStart, int[] positions) {
        this.text = text;
        this.slots = slots;
        this.groupHash = groupHash;
        this.groupStart = groupStart;
        this.positions = positions;
    }

    /** The index of a folded text ({@link Keywords#fold(String)}): one pass over it. */
    static WordIndex of(String folded) {
        // over a char array, with a table for ASCII: this loop reads every char of the page
        char[] chars = folded.toCharArray();
        int n = chars.length;
        int[] starts = new int[Math.max(16, n / 8)];
        int[] hashes = new int[starts.length];
        int words = 0;
        int hash = 0;
        int start = -1;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? chars[i] : ' ';
            if (Keywords.isWordChar(c)) {
                if (start < 0) {
                    start = i;
                    hash = 0;
                }
                hash = 31 * hash + c;
            } else if (start >= 0) {
                if (words == starts.length) {
                    starts = Arrays.copyOf(starts, words * 2);
                    hashes = Arrays.copyOf(hashes, words * 2);
                }
                starts[words] = start;
                hashes[words] = hash;
                words++;
                start = -1;
            }
        }
        int[] slots = new int[Integer.highestOneBit(Math.max(words, 8) * 2) * 2];
        int mask = slots.length - 1;
        int[] groupOf = new int[words];
        int[] groupHash = new int[words];
        int[] counts = new int[words + 1];
        int groups = 0;
        for (int w = 0; w < words; w++) {
            int slot = mix(hashes[w]) & mask;
            while (slots[slot] != 0 && groupHash[slots[slot] - 1] != hashes[w]) {
                slot = (slot + 1) & mask;
            }
            if (slots[slot] == 0) {
                groupHash[groups] = hashes[w];
                slots[slot] = ++groups;
            }
            groupOf[w] = slots[slot] - 1;
            counts[groupOf[w] + 1]++;
        }
        int[] groupStart = Arrays.copyOf(counts, groups + 1);
        for (int g = 0; g < groups; g++) {
            groupStart[g + 1] += groupStart[g];
        }
        int[] fill = Arrays.copyOf(groupStart, groups);
        int[] positions = new int[words];
        for (int w = 0; w < words; w++) {
            positions[fill[groupOf[w]]++] = starts[w];
        }
        return new WordIndex(folded, slots, groupHash, groupStart, positions);
    }

    /**
     * The whole-word occurrences of a folded phrase, in text order: the positions that
     * {@code Keywords.indexOf(text, phrase, from)} returns one after another.
     */
    int[] occurrences(String phrase) {
        if (phrase.isEmpty()) {
            return NONE;
        }
        int firstWordEnd = Keywords.firstWordLength(phrase);
        if (firstWordEnd == 0) {
            return scan(phrase);
        }
        int group = group(phrase.substring(0, firstWordEnd).hashCode()); // the hash of() computes per word
        if (group < 0) {
            return NONE;
        }
        int[] out = new int[groupStart[group + 1] - groupStart[group]];
        int found = 0;
        for (int p = groupStart[group]; p < groupStart[group + 1]; p++) {
            int at = positions[p];
            int end = at + phrase.length();
            if (text.startsWith(phrase, at) && (end >= text.length() || !Keywords.isWordChar(text.charAt(end)))) {
                out[found++] = at;
            }
        }
        return found == out.length ? out : Arrays.copyOf(out, found);
    }

    boolean contains(String phrase) {
        return occurrences(phrase).length > 0;
    }

    /** {@code Keywords.containsAny(text, phrases)}. */
    boolean containsAny(Collection<String> phrases) {
        for (String phrase : phrases) {
            if (contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    private int group(int hash) {
        int mask = slots.length - 1;
        for (int slot = mix(hash) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            if (groupHash[slots[slot] - 1] == hash) {
                return slots[slot] - 1;
            }
        }
        return -1;
    }

    private int[] scan(String phrase) {
        int[] out = new int[4];
        int found = 0;
        for (int at = Keywords.indexOf(text, phrase, 0); at >= 0; at = Keywords.indexOf(text, phrase, at + 1)) {
            if (found == out.length) {
                out = Arrays.copyOf(out, found * 2);
            }
            out[found++] = at;
        }
        return Arrays.copyOf(out, found);
    }

    /** Spreads a word hash over the table's low bits (short words have small, close hashes). */
    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
