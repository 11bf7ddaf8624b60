package org.clinicverify.score;

import java.text.Normalizer;
import java.util.Collection;

/**
 * The features the text model reads on a page, the same in every language: the words of the title
 * and the visible text (lower case, accents removed, every digit read as 0), each word and each pair
 * of neighbouring words once (presence, not density); the words of the URL; and the ids of the rules
 * that fired. Names: {@code w:word}, {@code b:word_word}, {@code u:word}, {@code r:rule-id}.
 *
 * <p>Scoring never builds the names: it hashes each feature's chars as they stand in the folded text
 * ({@link #hash}) and looks the hash up; training builds the names, whose {@link #hash(String)} is the
 * same number.
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

    /** Receives each feature: its kind, the chars of its first word and, for a pair, of its second. */
    interface Sink {
        void feature(char kind, char[] chars, int start, int end, int start2, int end2);
    }

    private TextFeatures() {
    }

    /**
     * Every feature of a page, in page order (a feature may come more than once). {@code lowerTitle}
     * and {@code lowerText} are lower-cased already ({@link Literals#lower}); {@code urlWords} as
     * {@link PageAnalyzer#urlWords} gives them.
     */
    static void forEach(String lowerTitle, String lowerText, String urlWords, Collection<String> ruleIds, Sink sink) {
        words(lowerTitle, WORD, true, sink);
        words(lowerText, WORD, true, sink);
        words(urlWords, URL, false, sink);
        for (String id : ruleIds) {
            char[] chars = id.toCharArray();
            sink.feature(RULE, chars, 0, chars.length, -1, -1);
        }
    }

    private static void words(String text, char kind, boolean pairs, Sink sink) {
        char[] chars = fold(text);
        int prevStart = -1;
        int prevEnd = -1;
        int i = 0;
        int n = chars.length;
        while (i < n) {
            while (i < n && chars[i] == ' ') {
                i++;
            }
            int start = i;
            while (i < n && chars[i] != ' ') {
                i++;
            }
            if (i == start) {
                break;
            }
            if (i - start > MAX_WORD) {
                prevStart = -1;
                continue;
            }
            sink.feature(kind, chars, start, i, -1, -1);
            if (pairs && prevStart >= 0) {
                sink.feature(PAIR, chars, prevStart, prevEnd, start, i);
            }
            prevStart = start;
            prevEnd = i;
        }
    }

    /** The text folded: letters lower case without accents, digits as 0, every other char a space. */
    static char[] fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            chars[i] = c < LATIN.length ? LATIN[c] : Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ';
        }
        return chars;
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

    /** The feature's name: "w:word", "b:first_second", "u:word", "r:rule-id". */
    static String name(char kind, char[] chars, int start, int end, int start2, int end2) {
        StringBuilder s = new StringBuilder(end - start + (end2 - start2) + 3).append(kind).append(':').append(chars, start, end - start);
        if (start2 >= 0) {
            s.append('_').append(chars, start2, end2 - start2);
        }
        return s.toString();
    }

    /** The hash of the feature's name, computed from its chars (FNV-1a, 64 bits). */
    static long hash(char kind, char[] chars, int start, int end, int start2, int end2) {
        long h = FNV_OFFSET;
        h = (h ^ kind) * FNV_PRIME;
        h = (h ^ ':') * FNV_PRIME;
        for (int i = start; i < end; i++) {
            h = (h ^ chars[i]) * FNV_PRIME;
        }
        if (start2 >= 0) {
            h = (h ^ '_') * FNV_PRIME;
            for (int i = start2; i < end2; i++) {
                h = (h ^ chars[i]) * FNV_PRIME;
            }
        }
        return h;
    }

    /** The hash of a feature name, equal to {@link #hash(char, char[], int, int, int, int)} of its chars. */
    static long hash(String name) {
        long h = FNV_OFFSET;
        for (int i = 0; i < name.length(); i++) {
            h = (h ^ name.charAt(i)) * FNV_PRIME;
        }
        return h;
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
