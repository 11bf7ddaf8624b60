package org.clinicverify.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ContentFingerprintTest {

    private static final String SITE = DemoSiteText.of("global-pharma-discreet");

    @Test
    void isSixteenHexDigits() {
        assertTrue(ContentFingerprint.of(SITE).matches("[0-9a-f]{16}"));
    }

    @Test
    void ignoresCaseWhitespaceAndNumbers() {
        String variant = SITE.toUpperCase().replace(" ", "   ").replaceAll("\\d", "7");

        assertEquals(0, ContentFingerprint.distance(ContentFingerprint.of(SITE), ContentFingerprint.of(variant)));
    }

    @Test
    void anAddedSentenceMovesFewBits() {
        String edited = SITE + " Now shipping to Canada and Mexico with tracked delivery.";

        assertTrue(ContentFingerprint.distance(ContentFingerprint.of(SITE), ContentFingerprint.of(edited)) <= 4);
    }

    @Test
    void anotherSiteIsMateriallyDifferent() {
        String other = DemoSiteText.of("ketamine-for-sale-direct");

        assertTrue(ContentFingerprint.distance(ContentFingerprint.of(SITE), ContentFingerprint.of(other)) > 10);
    }

    @Test
    void givesTheFingerprintsOfTheFirstImplementation() {
        // Stored fingerprints of dismissed sites are compared with new ones: the function must not drift.
        for (String site : new String[] {"global-pharma-discreet", "ketamine-for-sale-direct"}) {
            String text = DemoSiteText.of(site);
            assertEquals(Reference.of(text), ContentFingerprint.of(text), site);
            assertEquals(Reference.of(text + " Café Ñandú 42°, naïve ÉTÉ ½ ²3 ① ｆｕｌｌ"),
                    ContentFingerprint.of(text + " Café Ñandú 42°, naïve ÉTÉ ½ ²3 ① ｆｕｌｌ"), site + " with accents");
        }
        String[] pieces = {"a", "Ketamine", "b2b", "42", "0", " ", "  ", "\n", "\t", ",", "!", "-", "©", "é", "e\u0301",
            "Ñ", "ß", "İ", "Ω", "ω", "中文", "١٢", "²", "½", "①", "１", "ｆ", "\u00a0", "\u2003", "\uD835\uDFD9", "\uD83D\uDE00",
            "\u0301", "'", "_", "©", "’", "·", "•", "ﬁ", "\u0316", "Å", "™", "…"};
        Random random = new Random(7);
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertEquals(Reference.of(text.toString()), ContentFingerprint.of(text.toString()), "[" + text + "]");
        }
        for (int words : new int[] {254, 255, 256, 257, 511, 2000}) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < words; i++) {
                text.append(pieces[random.nextInt(3)]).append(i % 7).append(' ');
            }
            assertEquals(Reference.of(text.toString()), ContentFingerprint.of(text.toString()), words + " words");
        }
        assertEquals(Reference.of(""), ContentFingerprint.of(null));
    }

    @Test
    void foldsEachCharNextToMarksAsNormalisingTheWholeTextDoes() {
        StringBuilder text = new StringBuilder();
        for (char c = 0x80; c < 0x3100; c++) {
            text.append("a\u0316").append(c).append("\u0301b").append(c).append(c).append("\u0327 ");
        }

        assertEquals(Reference.fold(text.toString()), new String(ContentFingerprint.fold(text.toString())));
    }

    @Test
    void foldsEachLatin1TextAsNormalisingTheWholeTextDoes() {
        for (char c = 0; c <= 0xff; c++) {
            String text = "Ab" + c + "ÆØ 12 x" + c + c + "9Z"; // Latin-1 and, but for c, left alone by NFKD

            assertEquals(Reference.fold(text), new String(ContentFingerprint.fold(text)), Integer.toHexString(c));
        }
    }

    /** The first implementation, kept as the definition of the fingerprint. */
    private static final class Reference {

        private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

        static String fold(String text) {
            return Normalizer.normalize(text, Normalizer.Form.NFKD)
                    .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("\\d+", "0");
        }

        static String of(String text) {
            String folded = fold(text == null ? "" : text);
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

        private static long fnv1a64(String text) {
            long hash = 0xcbf29ce484222325L;
            for (int i = 0; i < text.length(); i++) {
                hash ^= text.charAt(i);
                hash *= 0x100000001b3L;
            }
            hash ^= hash >>> 33;
            hash *= 0xff51afd7ed558ccdL;
            hash ^= hash >>> 33;
            return hash;
        }
    }

    @Test
    void comparesForeignFingerprintsForEquality() {
        assertEquals(64, ContentFingerprint.distance("sha256:abc", "sha256:abd"));
    }
}
