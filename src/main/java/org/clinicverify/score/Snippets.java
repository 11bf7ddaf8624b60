package org.clinicverify.score;

import java.util.regex.Pattern;

/** Quotes for evidence: a match with some context, clipped to about 200 characters. */
final class Snippets {

    static final int MAX = 200;
    /** Compiled once: String.replaceAll compiles its regex on every call (a clip per signal of every page). */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Snippets() {
    }

    static String around(String text, int start, int end) {
        int matchLength = end - start;
        int room = Math.max(0, (MAX - matchLength) / 2);
        int from = Math.max(0, start - room);
        int to = Math.min(text.length(), end + room);
        if (from > 0) {
            int space = text.indexOf(' ', from);
            if (space > 0 && space < start) {
                from = space + 1;
            }
        }
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            if (space > end) {
                to = space;
            }
        }
        String quote = text.substring(from, to).strip();
        if (quote.length() > MAX) {
            quote = quote.substring(0, MAX);
        }
        return (from > 0 ? "…" : "") + quote + (to < text.length() ? "…" : "");
    }

    static String clip(String text) {
        String s = WHITESPACE.matcher(text.strip()).replaceAll(" ");
        return s.length() <= MAX ? s : s.substring(0, MAX - 1) + "…";
    }
}
