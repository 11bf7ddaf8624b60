package org.clinicverify.score;

import java.util.Arrays;

/** A growable list of ints (no boxing), for a pass over a page that collects offsets or indices as it meets them. */
final class IntList {

    private int[] values = new int[64];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    /** The values added, in the order they were added. */
    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
