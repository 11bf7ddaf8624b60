package org.clinicverify.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text a visitor sees, one line per block: scripts, styles, templates and hidden elements
 * ({@code hidden}, {@code display:none}, {@code visibility:hidden}, hidden inputs) are skipped;
 * the choices of a drop-down ({@code <option>}) are read, one per line: on an order form they are the
 * product list a visitor picks from;
 * block elements and {@code <br>} end a line; table cells are separated by " | " so a price row
 * stays on one line; {@code <pre>} keeps its line breaks. Stops after {@link #MAX_CHARS}.
 */
final class VisibleText {

    static final int MAX_CHARS = 1_000_000;

    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "svg",
            "canvas", "iframe", "object", "embed", "datalist", "input", "textarea");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "nav",
            "aside", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr",
            "thead", "tbody", "tfoot", "caption", "blockquote", "pre", "address", "form", "fieldset", "legend",
            "figure", "figcaption", "hr", "br", "body", "html", "details", "summary", "label", "center", "option");
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "display\\s*:\\s*none|visibility\\s*:\\s*hidden|font-size\\s*:\\s*0(?:px)?\\s*(?:;|$)|left\\s*:\\s*-\\d{4,}px");

    private VisibleText() {
    }

    /** Visible text with one line per block (lines trimmed, empty lines dropped). */
    static String lines(Element root) {
        StringBuilder out = new StringBuilder(4096);
        append(root, out, false);
        return tidy(out);
    }

    static boolean hidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        if ("input".equals(e.normalName()) && "hidden".equalsIgnoreCase(e.attr("type"))) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
    }

    private static void append(Node node, StringBuilder out, boolean pre) {
        if (out.length() >= MAX_CHARS) {
            return;
        }
        if (node instanceof TextNode text) {
            String s = text.getWholeText();
            if (pre) {
                out.append(s);
            } else {
                out.append(s.replace('\n', ' ').replace('\r', ' '));
            }
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String name = e.normalName();
        if (SKIPPED.contains(name) || hidden(e)) {
            return;
        }
        if ("img".equals(name)) {
            return;
        }
        boolean block = BLOCKS.contains(name);
        if (block) {
            out.append('\n');
        } else if ("td".equals(name) || "th".equals(name)) {
            out.append(" | ");
        }
        boolean inPre = pre || "pre".equals(name);
        for (Node child : e.childNodes()) {
            append(child, out, inPre);
        }
        if (block) {
            out.append('\n');
        }
    }

    /** Collapses runs of spaces (including no-break and zero-width ones) and drops empty lines. */
    private static String tidy(CharSequence text) {
        // plain arrays: appending to a StringBuilder char by char costs more than the loop's own work
        char[] raw = text.toString().toCharArray();
        char[] out = new char[raw.length];
        int n = 0;
        boolean pendingSpace = false;
        boolean pendingLine = false;
        int lineStart = 0;
        for (int i = 0; i < raw.length; i++) {
            char c = raw[i];
            if (c == '\n') {
                pendingLine = n > lineStart;
                pendingSpace = false;
            } else if (isSpace(c)) {
                pendingSpace = n > lineStart;
            } else {
                if (pendingLine) {
                    out[n++] = '\n';
                    lineStart = n;
                    pendingLine = false;
                } else if (pendingSpace) {
                    out[n++] = ' ';
                }
                pendingSpace = false;
                if (c == '|' && n == lineStart) {
                    // a cell separator at the start of a line: the row's first cell
                    i = skipSpaces(raw, i + 1) - 1;
                    continue;
                }
                out[n++] = c;
            }
        }
        return new String(out, 0, n);
    }

    private static int skipSpaces(char[] raw, int i) {
        while (i < raw.length && raw[i] != '\n' && isSpace(raw[i])) {
            i++;
        }
        return i;
    }

    /**
     * The spaces tidy collapses, as a table: the loop asks about every char of the page, and a chain of
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

    /** One line of whitespace-normalised text. */
    static String flat(String lines) {
        return lines.replace('\n', ' ');
    }
}
