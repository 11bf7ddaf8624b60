package org.clinicverify.score;

import java.text.Normalizer;
import java.util.Collection;

/**
 * The features the text model reads on a page, the same in every language: the words of the title
 * and the visible text (lower case, accents removed, every digit read as 0), each word and each pair
 * of neighbouring words once (presence, not density); the words of the URL; and the ids of the rules
 * that fired. Names: {@code w:word}, {@code b:word_word}, {@code u:word}, {@code r:rule-id}.
 *
 * <p>Scoring never builds the names: one pass over the page's lower-cased text folds each char on the
 * fly and hashes each word once (FNV-1a); a word's feature hash and a pair's are mixed from the word
 * hashes. Training builds the names, whose {@link #hash(String)} is the same number.
 */
final class TextFeatures {

    static final char WORD = 'w';
    static final char PAIR = 'b';
    static final char URL = 'u';
    static final char RULE = 'r';
    /** Words longer than this are skipped (base64, hashes, run-together URLs). */
    static final int MAX_WORD = 30;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** Folded form of U+0000..U+024F; digits read as 0; anything but a letter or a digit as a space. */
    private static final char[] LATIN = new char[0x250];

    static {
        for (char c = 0; c < LATIN.length; c++) {
            LATIN[c] = foldSlow(c);
        }
    }

    /** Receives the hash of each feature (scoring). */
    interface HashSink {
        void feature(long hash);
    }

    /** Receives the name of each feature (training). */
    interface NameSink {
        void feature(String name);
    }

    /** One word of a text: where it is, its hash, and the word before it (start -1: none). */
    private interface WordSink {
        void word(String text, int start, int end, long hash, int prevStart, int prevEnd, long prevHash);
    }

    private TextFeatures() {
    }

    /**
     * The hash of every feature of a page, in page order (a feature may come more than once).
     * {@code lowerTitle} and {@code lowerText} are lower-cased already ({@link Literals#lower});
     * {@code urlWords} as {@link PageAnalyzer#urlWords} gives them.
     */
    static void hashes(String lowerTitle, String lowerText, String urlWords, Collection<String> ruleIds, HashSink sink) {
        WordSink text = (t, s, e, h, ps, pe, ph) -> {
            sink.feature(single(WORD, h));
            if (ps >= 0) {
                sink.feature(pair(ph, h));
            }
        };
        words(lowerTitle, text);
        words(lowerText, text);
        words(urlWords, (t, s, e, h, ps, pe, ph) -> sink.feature(single(URL, h)));
        for (String id : ruleIds) {
            sink.feature(single(RULE, word(id, 0, id.length())));
        }
    }

    /** The name of every feature of a page, as {@link #hashes} hashes them. */
    static void names(String lowerTitle, String lowerText, String urlWords, Collection<String> ruleIds, NameSink sink) {
        WordSink text = (t, s, e, h, ps, pe, ph) -> {
            sink.feature(WORD + ":" + folded(t, s, e));
            if (ps >= 0) {
                sink.feature(PAIR + ":" + folded(t, ps, pe) + "_" + folded(t, s, e));
            }
        };
        words(lowerTitle, text);
        words(lowerText, text);
        words(urlWords, (t, s, e, h, ps, pe, ph) -> sink.feature(URL + ":" + folded(t, s, e)));
        for (String id : ruleIds) {
            sink.feature(RULE + ":" + id);
        }
    }

    /** The words of a text: runs of chars that do not fold to a space, at most {@link #MAX_WORD} long. */
    private static void words(String text, WordSink sink) {
        int n = text.length();
        int start = -1;
        long hash = FNV_OFFSET;
        int prevStart = -1;
        int prevEnd = -1;
        long prevHash = 0;
        for (int i = 0; i <= n; i++) {
            char f = i < n ? fold(text.charAt(i)) : ' ';
            if (f != ' ') {
                if (start < 0) {
                    start = i;
                    hash = FNV_OFFSET;
                }
                hash = (hash ^ f) * FNV_PRIME;
            } else if (start >= 0) {
                if (i - start > MAX_WORD) {
                    prevStart = -1;
                } else {
                    sink.word(text, start, i, hash, prevStart, prevEnd, prevHash);
                    prevStart = start;
                    prevEnd = i;
                    prevHash = hash;
                }
                start = -1;
            }
        }
    }

    /** One char folded: letters lower case without accents, digits as 0, every other char a space. */
    static char fold(char c) {
        return c < LATIN.length ? LATIN[c] : Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ';
    }

    /** The text folded char by char ({@link #fold(char)}). */
    static String fold(String text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(text.charAt(i));
        }
        return new String(chars);
    }

    private static String folded(String text, int start, int end) {
        return fold(text.substring(start, end));
    }

    private static char foldSlow(char c) {
        if (Character.isDigit(c)) {
            return '0';
        }
        if (!Character.isLetter(c)) {
            return ' ';
        }
        char lower = Character.toLowerCase(c);
        String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        return decomposed.length() > 1 && Character.isLetter(base) ? base : lower;
    }

    /** FNV-1a of the chars of a word (folded already). */
    private static long word(String s, int start, int end) {
        long h = FNV_OFFSET;
        for (int i = start; i < end; i++) {
            h = (h ^ s.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    private static long single(char kind, long word) {
        return mix(word ^ kind * 0x9E3779B97F4A7C15L);
    }

    private static long pair(long first, long second) {
        return mix(first * 0xC2B2AE3D27D4EB4FL + second ^ PAIR * 0x9E3779B97F4A7C15L);
    }

    /** The finalizer of MurmurHash3: every bit of the input moves about half the output bits. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ h >>> 33;
    }

    /** The hash of a feature name, equal to what {@link #hashes} gives for that feature. */
    static long hash(String name) {
        char kind = name.charAt(0);
        String body = name.substring(2);
        if (kind == PAIR) {
            int split = body.indexOf('_');
            return pair(word(body, 0, split), word(body, split + 1, body.length()));
        }
        return single(kind, word(body, 0, body.length()));
    }

    /** How a person reads a feature: the word, the two words, "URL word", "rule". */
    static String display(String name) {
        String body = name.substring(2);
        return switch (name.charAt(0)) {
            case PAIR -> body.replace('_', ' ');
            case URL -> "URL: " + body;
            case RULE -> "rule " + body;
            default -> body;
        };
    }
}
