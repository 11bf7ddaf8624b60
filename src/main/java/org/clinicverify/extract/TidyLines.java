package org.clinicverify.extract;

/**
 * Visible text written straight into tidy lines as {@link VisibleText} reads it: runs of spaces
 * (no-break and zero-width ones included) collapse to one, lines are trimmed, empty lines dropped,
 * and a cell separator opening a line (a row's first cell) is dropped with the spaces after it.
 * One pass over each text node's chars into one array: writing the raw text to a buffer (each text
 * node's line breaks replaced in a copy of it first) and tidying it afterwards read and copied the
 * page's text three times.
 */
final class TidyLines {

    private char[] out = new char[4096];
    private char[] scratch = new char[256];
    private int n;
    /** Where the current line starts in {@link #out}. */
    private int lineStart;
    private boolean pendingSpace;
    private boolean pendingLine;
    /** Just dropped a cell separator that opened a line: the spaces after it go too. */
    private boolean afterLeadingBar;
    /** Chars of the text before tidying: what the reader's size limit counts. */
    private int raw;

    /** A text node's text; outside {@code <pre>} its line breaks are spaces. */
    void text(String s, boolean pre) {
        int len = s.length();
        raw += len;
        if (scratch.length < len) {
            scratch = new char[Math.max(len, scratch.length * 2)];
        }
        s.getChars(0, len, scratch, 0);
        ensure(len + 1); // a run of spaces or a line break writes at most one char, before the char that ends it
        char[] chars = scratch;
        for (int i = 0; i < len; i++) {
            char c = chars[i];
            if (c == '\n' && pre) {
                newline();
            } else if (c == '\n' || isSpace(c)) {
                space();
            } else {
                put(c);
            }
        }
    }

    /** The end of a line (a block's start or end, a {@code <br>}). */
    void lineBreak() {
        raw++;
        newline();
    }

    /** The separator before a table cell: " | ". */
    void cellSeparator() {
        raw += 3;
        ensure(4);
        space();
        put('|');
        space();
    }

    /** Chars written before tidying. */
    int rawLength() {
        return raw;
    }

    @Override
    public String toString() {
        return new String(out, 0, n);
    }

    private void newline() {
        afterLeadingBar = false;
        pendingLine = n > lineStart;
        pendingSpace = false;
    }

    private void space() {
        if (!afterLeadingBar) {
            pendingSpace = n > lineStart;
        }
    }

    private void put(char c) {
        afterLeadingBar = false;
        if (pendingLine) {
            out[n++] = '\n';
            lineStart = n;
            pendingLine = false;
        } else if (pendingSpace) {
            out[n++] = ' ';
        }
        pendingSpace = false;
        if (c == '|' && n == lineStart) {
            afterLeadingBar = true;
            return;
        }
        out[n++] = c;
    }

    private void ensure(int more) {
        if (n + more > out.length) {
            out = java.util.Arrays.copyOf(out, Math.max(n + more, out.length * 2));
        }
    }

    /**
     * The spaces that collapse, as a table: the loop asks about every char of the page, and a chain of
     * eleven comparisons per letter cost a visible share of a page whenever the loop was not compiled yet.
     */
    private static final boolean[] SPACES = new boolean['\u3000' + 1];

    static {
        for (char c : " \t\r\f\u000B\u00A0\u2007\u202F\u200B\u3000".toCharArray()) {
            SPACES[c] = true;
        }
        for (char c = '\u2000'; c <= '\u200A'; c++) {
            SPACES[c] = true;
        }
    }

    private static boolean isSpace(char c) {
        return c < SPACES.length && SPACES[c];
    }
}
