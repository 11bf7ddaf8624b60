package org.clinicverify.score;

import java.util.Arrays;

/**
 * Offset windows {@code [from, to)} collected in ascending order of {@code from}: a window that
 * overlaps or touches the last one extends it. Read back as from/to pairs.
 */
final class OffsetWindows {

    private int[] pairs = new int[16];
    private int size;

    /** Adds {@code [from, to)}; {@code from} never decreases from one call to the next. */
    void add(int from, int to) {
        if (size > 0 && from <= pairs[size - 1]) {
            pairs[size - 1] = Math.max(pairs[size - 1], to);
            return;
        }
        if (size == pairs.length) {
            pairs = Arrays.copyOf(pairs, size * 2);
        }
        pairs[size++] = from;
        pairs[size++] = to;
    }

    int[] toArray() {
        return Arrays.copyOf(pairs, size);
    }
}
