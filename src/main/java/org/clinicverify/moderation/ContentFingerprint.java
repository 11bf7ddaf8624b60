package org.clinicverify.moderation;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A 64-bit simhash of a site's text (word 3-shingles after folding case, accents, digits and
 * whitespace), written as 16 hex digits. Near-identical texts get fingerprints that differ in few
 * bits, so a dismissed site returns to review only when its content changed materially (more bits
 * than {@code clinicverify.moderation.fingerprint-threshold} differ). Fingerprints not in this form
 * (a caller's own hash) are compared for equality.
 *
 * <p>Charikar, "Similarity estimation techniques from rounding algorithms" (STOC 2002).
 */
public final class ContentFingerprint {

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{16}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final char[] LATIN1_LOWER = new char[0x100];

    static {
        for (char c = 0; c < LATIN1_LOWER.length; c++) {
            LATIN1_LOWER[c] = Character.toLowerCase(c);
        }
    }

    private ContentFingerprint() {
    }

    /** The fingerprint of a site's text (for example all its pages' visible text, concatenated). */
    public static String of(String text) {
        char[] chars = fold(text == null ? "" : text);
        Words words = Words.of(chars);
        // Per bit, how many shingle hashes have it set; it wins the vote when more than half do. Counted
        // eight bits at a time: byte b of lanes[k] counts bit 8b + k, emptied into ones before it can overflow.
        int[] ones = new int[64];
        long[] lanes = new long[8];
        int inLanes = 0;
        long[] hashes = shingleHashes(chars, words);
        int shingles = hashes.length;
        for (int i = 0; i < shingles; i++) {
            long hash = avalanche(hashes[i]);
            for (int k = 0; k < 8; k++) {
                lanes[k] += (hash >>> k) & 0x0101010101010101L;
            }
            if (++inLanes == 255) {
                empty(lanes, ones);
                inLanes = 0;
            }
        }
        empty(lanes, ones);
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (2 * ones[bit] > shingles) {
                fingerprint |= 1L << bit;
            }
        }
        return String.format("%016x", fingerprint);
    }

    /**
     * The FNV-1a hash of each shingle, in order: its (up to) three words, each followed by a space,
     * hashed without building it. One pass over the words: each word's chars go into the three
     * shingles that hold it at once, three independent multiply chains instead of one three times as
     * long (the chains' latency, not the multiplies, was the cost).
     */
    private static long[] shingleHashes(char[] chars, Words words) {
        if (words.count < 3) { // one shingle of all the words, if any
            long hash = FNV_OFFSET;
            for (int j = 0; j < words.count; j++) {
                for (int c = words.starts[j]; c < words.ends[j]; c++) {
                    hash = (hash ^ chars[c]) * FNV_PRIME;
                }
                hash = (hash ^ ' ') * FNV_PRIME;
            }
            return new long[] {hash};
        }
        long[] out = new long[words.count - 2];
        long twoBack = FNV_OFFSET; // the shingles that began two words and one word before this one
        long oneBack = FNV_OFFSET;
        for (int j = 0; j < words.count; j++) {
            long here = FNV_OFFSET;
            for (int c = words.starts[j]; c < words.ends[j]; c++) {
                twoBack = (twoBack ^ chars[c]) * FNV_PRIME;
                oneBack = (oneBack ^ chars[c]) * FNV_PRIME;
                here = (here ^ chars[c]) * FNV_PRIME;
            }
            twoBack = (twoBack ^ ' ') * FNV_PRIME;
            oneBack = (oneBack ^ ' ') * FNV_PRIME;
            here = (here ^ ' ') * FNV_PRIME;
            if (j >= 2) {
                out[j - 2] = twoBack; // its third word done
            }
            twoBack = oneBack;
            oneBack = here;
        }
        return out;
    }

    private static void empty(long[] lanes, int[] ones) {
        for (int k = 0; k < 8; k++) {
            for (int b = 0; b < 8; b++) {
                ones[8 * b + k] += (int) ((lanes[k] >>> (8 * b)) & 0xff);
            }
            lanes[k] = 0;
        }
    }

    /**
     * Accents and other marks removed (NFKD), lower case, every run of ASCII digits one "0". Only the
     * parts that normalisation changes go through it (see {@link #unmarkRuns}), which over a whole
     * site's text cost more than the rest of the fingerprint. Works on char arrays: a String call per
     * char cost as much again.
     */
    static char[] fold(String text) {
        char[] chars = text.toCharArray();
        if (latin1AndPlain(chars)) {
            // most pages: one pass, lower-casing as String.toLowerCase does in a Latin-1 string, char by char
            for (int i = 0; i < chars.length; i++) {
                chars[i] = LATIN1_LOWER[chars[i]];
            }
            return oneZeroPerDigitRun(chars);
        }
        String unmarked = allPlain(chars) ? text : unmarkRuns(chars);
        return oneZeroPerDigitRun(unmarked.toLowerCase(Locale.ROOT).toCharArray());
    }

    /** Each run of ASCII digits replaced by one "0", in place; the array cut to its new length. */
    private static char[] oneZeroPerDigitRun(char[] chars) {
        int n = 0;
        boolean inDigits = false;
        for (char c : chars) {
            boolean digit = c >= '0' && c <= '9';
            if (!digit) {
                chars[n++] = c;
            } else if (!inDigits) {
                chars[n++] = '0';
            }
            inDigits = digit;
        }
        return n == chars.length ? chars : Arrays.copyOf(chars, n);
    }

    private static boolean latin1AndPlain(char[] chars) {
        for (char c : chars) {
            if (c > 0xff || !Plain.is(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * NFKD with the marks removed, run by run of chars that are not {@link Plain#is plain}: NFKD
     * decomposes each char on its own and reorders only runs of marks (non-zero combining class), and a
     * plain char decomposes to itself and is no mark (combining class 0), so nothing reaches across it.
     * This gives the whole text's result while the plain chars between (most of a page: ASCII, and
     * chars such as "©", "’" or "·") are copied as they are.
     */
    private static String unmarkRuns(char[] chars) {
        StringBuilder out = new StringBuilder(chars.length);
        int i = 0;
        while (i < chars.length) {
            int start = i;
            while (i < chars.length && Plain.is(chars[i])) {
                i++;
            }
            out.append(chars, start, i - start);
            start = i;
            while (i < chars.length && !Plain.is(chars[i])) {
                i++;
            }
            if (i > start) {
                String run = Normalizer.normalize(new String(chars, start, i - start), Normalizer.Form.NFKD);
                out.append(MARKS.matcher(run).replaceAll(""));
            }
        }
        return out.toString();
    }

    private static boolean allPlain(char[] chars) {
        for (char c : chars) {
            if (!Plain.is(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Chars that NFKD with marks removed leaves as they are and that no decomposition or reordering
     * reaches across: ASCII, and among U+0080..U+2FFF (Latin, Greek, Cyrillic, punctuation, symbols)
     * those that decompose to themselves, are not marks and have combining class 0 (two marks that
     * NFKD would swap stay as they are on either side). Computed once from the JDK's own normalizer;
     * other chars are always normalised.
     */
    private static final class Plain {

        private static final int END = 0x3000;
        private static final boolean[] TABLE = new boolean[END];

        static {
            for (char c = 0; c < END; c++) {
                String between = "\u0301" + c + "\u0316"; // combining classes 230 and 220
                TABLE[c] = c < 0x80 || !isMark(c) && Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFKD)
                        && Normalizer.normalize(between, Normalizer.Form.NFKD).equals(between);
            }
        }

        static boolean is(char c) {
            return c < END && TABLE[c];
        }

        private static boolean isMark(char c) {
            int type = Character.getType(c);
            return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
        }
    }

    /**
     * The words of a folded text as {@code text.strip().split("[^\\p{L}\\p{N}]+")} gives them (char
     * ranges), including that split's edge cases: an empty first word when the text starts with a
     * separator, a single empty word for an empty text, none for a text of separators only.
     */
    private static final class Words {
        int[] starts = new int[256];
        int[] ends = new int[256];
        int count;

        static Words of(char[] text) {
            int from = 0;
            int to = text.length;
            while (from < to && Character.isWhitespace(Character.codePointAt(text, from))) {
                from += Character.charCount(Character.codePointAt(text, from));
            }
            while (to > from && Character.isWhitespace(Character.codePointBefore(text, to))) {
                to -= Character.charCount(Character.codePointBefore(text, to));
            }
            Words words = new Words();
            if (from == to) {
                words.add(from, from);
                return words;
            }
            int start = -1;
            boolean any = false;
            for (int i = from; i < to; ) {
                char c = text[i];
                int cp = c < 0x80 ? c : Character.codePointAt(text, i);
                boolean word = isWordChar(cp);
                if (word && start < 0) {
                    start = i;
                } else if (!word && start >= 0) {
                    words.add(start, i);
                    start = -1;
                } else if (!word && i == from) {
                    words.add(from, from);
                }
                any |= word;
                i += Character.charCount(cp);
            }
            if (start >= 0) {
                words.add(start, to);
            }
            if (!any) {
                words.count = 0; // only separators: split drops the trailing empty words, all of them
            }
            return words;
        }

        private static boolean isWordChar(int cp) {
            if (cp < 0x80) {
                return cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' || cp >= 'A' && cp <= 'Z';
            }
            if (Character.isLetter(cp)) {
                return true;
            }
            int type = Character.getType(cp);
            return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER;
        }

        private void add(int start, int end) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = start;
            ends[count] = end;
            count++;
        }
    }

    /** Bits that differ, or 64 when either is not a simhash and they are not equal. */
    public static int distance(String a, String b) {
        if (a == null || b == null) {
            return a == null && b == null ? 0 : 64;
        }
        if (HEX64.matcher(a).matches() && HEX64.matcher(b).matches()) {
            return Long.bitCount(Long.parseUnsignedLong(a, 16) ^ Long.parseUnsignedLong(b, 16));
        }
        return a.equals(b) ? 0 : 64;
    }

    static boolean materiallyDifferent(String before, String now, int threshold) {
        return before != null && now != null && distance(before, now) > threshold;
    }

    private static long avalanche(long fnv) {
        // FNV's low bits mix poorly for short inputs; finish with a murmur3 avalanche step.
        long hash = fnv;
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        return hash;
    }
}
