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
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private ContentFingerprint() {
    }

    /** The fingerprint of a site's text (for example all its pages' visible text, concatenated). */
    public static String of(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("\\d+", "0");
        String[] words = NON_WORD.split(folded.strip());
        int[] votes = new int[64];
        int shingles = Math.max(1, words.length - 2);
        for (int i = 0; i < shingles; i++) {
            StringBuilder shingle = new StringBuilder();
            for (int j = i; j < Math.min(words.length, i + 3); j++) {
                shingle.append(words[j]).append(' ');
            }
            long hash = fnv1a64(shingle.toString());
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((hash >>> bit) & 1L) == 1L ? 1 : -1;
            }
        }
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return String.format("%016x", fingerprint);
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

    private static long fnv1a64(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        // FNV's low bits mix poorly for short inputs; finish with a murmur3 avalanche step.
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        return hash;
    }
}
