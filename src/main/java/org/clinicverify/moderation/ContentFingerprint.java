package org.clinicverify.moderation;

import java.text.Normalizer;
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

    private ContentFingerprint() {
    }

    /** The fingerprint of a site's text (for example all its pages' visible text, concatenated). */
    public static String of(String text) {
        String folded = fold(text == null ? "" : text);
        Words words = Words.of(folded);
        char[] chars = folded.toCharArray();
        // Per bit, how many shingle hashes have it set; it wins the vote when more than half do. Counted
        // eight bits at a time: byte b of lanes[k] counts bit 8b + k, emptied into ones before it can overflow.
        int[] ones = new int[64];
        long[] lanes = new long[8];
        int inLanes = 0;
        int shingles = Math.max(1, words.count - 2);
        for (int i = 0; i < shingles; i++) {
            // The shingle is its (up to) three words, each followed by a space, hashed without building it.
            long hash = FNV_OFFSET;
            for (int j = i; j < Math.min(words.count, i + 3); j++) {
                for (int c = words.starts[j]; c < words.ends[j]; c++) {
                    hash = (hash ^ chars[c]) * FNV_PRIME;
                }
                hash = (hash ^ ' ') * FNV_PRIME;
            }
            hash = avalanche(hash);
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
     * non-ASCII parts go through the normalisation (it changes nothing else), which over a whole
     * site's text cost more than the rest of the fingerprint.
     */
    static String fold(String text) {
        String unmarked = isAscii(text) ? text : unmarkNonAsciiRuns(text);
        String lower = unmarked.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean inDigits = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (!digit) {
                out.append(c);
            } else if (!inDigits) {
                out.append('0');
            }
            inDigits = digit;
        }
        return out.toString();
    }

    /**
     * NFKD with the marks removed, run by run of non-ASCII characters: a decomposition or reordering
     * never reaches across an ASCII character (it decomposes to itself and no mark moves past it), so
     * this gives the whole text's result while the ASCII between (most of a page) is copied as it is.
     */
    private static String unmarkNonAsciiRuns(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && text.charAt(i) < 0x80) {
                i++;
            }
            out.append(text, start, i);
            start = i;
            while (i < text.length() && text.charAt(i) >= 0x80) {
                i++;
            }
            if (i > start) {
                out.append(MARKS.matcher(Normalizer.normalize(text.substring(start, i), Normalizer.Form.NFKD)).replaceAll(""));
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
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

        static Words of(String text) {
            int from = 0;
            int to = text.length();
            while (from < to && Character.isWhitespace(text.codePointAt(from))) {
                from += Character.charCount(text.codePointAt(from));
            }
            while (to > from && Character.isWhitespace(text.codePointBefore(to))) {
                to -= Character.charCount(text.codePointBefore(to));
            }
            Words words = new Words();
            if (from == to) {
                words.add(from, from);
                return words;
            }
            int start = -1;
            boolean any = false;
            for (int i = from; i < to; ) {
                int cp = text.codePointAt(i);
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
            if (Character.isLetter(cp)) {
                return true;
            }
            int type = Character.getType(cp);
            return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER;
        }

        private void add(int start, int end) {
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
                ends = java.util.Arrays.copyOf(ends, count * 2);
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
