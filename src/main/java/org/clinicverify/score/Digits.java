package org.clinicverify.score;

import java.util.Arrays;

/**
 * Where the digits of one text are (every char {@link Character#isDigit} accepts), found in one pass.
 * Phone numbers, ZIP codes, NPI numbers, prices and street numbers all sit next to digits: the digit
 * windows, the ZIP code starts and every search that jumps to digits ({@link StartChars.Skipper}) read
 * this one list, where each used to step through the text again (a skipper once per digit it jumps
 * to, each a fresh {@code indexOf}). Lower-casing leaves a digit where it is and makes none, so a
 * text and its lower-cased form ({@link Literals#lower}) have the same digits.
 */
final class Digits {

    /** Offsets of the digits, ascending. */
    private final int[] positions;
    private final int length;

    private Digits(int[] positions, int length) {
        this.positions = positions;
        this.length = length;
    }

    static Digits of(String s) {
        Found found = new Found();
        char[] chars = s.toCharArray(); // this loop reads every char of the page: no String call per char
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            // ASCII first: Character.isDigit looks every char up in the Unicode tables
            if (c < 128 ? c < '0' || c > '9' : !Character.isDigit(c)) {
                continue;
            }
            found.add(i);
        }
        return found.of(s.length());
    }

    /**
     * Digits as a pass over a text meets them, for a pass that reads every char anyway
     * ({@link Literals#lower(String, Found)}): a second pass over a long page costs as much as the first.
     */
    static final class Found {

        private final IntList positions = new IntList();

        /** The digit at {@code offset}; offsets ascend from one call to the next. */
        void add(int offset) {
            positions.add(offset);
        }

        /** The digits found, in a text of {@code length} chars. */
        Digits of(int length) {
            return new Digits(positions.toArray(), length);
        }
    }

    /** How many digits the text has. */
    int count() {
        return positions.length;
    }

    /** The offset of digit {@code k} (0: the first digit of the text). */
    int at(int k) {
        return positions[k];
    }

    /** The index of the first digit at or after {@code offset} ({@link #count()} when there is none). */
    int firstAtOrAfter(int offset) {
        int k = Arrays.binarySearch(positions, offset);
        return k >= 0 ? k : -k - 1;
    }

    /**
     * Windows reaching {@code reach} characters either side of every digit: every phone number, ZIP
     * code or NPI number lies in one. Merged offset pairs.
     */
    int[] windows(int reach) {
        OffsetWindows windows = new OffsetWindows();
        for (int p : positions) {
            windows.add(Math.max(0, p - reach), Math.min(length, p + 1 + reach));
        }
        return windows.toArray();
    }
}
