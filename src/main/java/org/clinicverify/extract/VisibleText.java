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
        TidyLines out = new TidyLines();
        append(root, out, false);
        return out.toString();
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

    private static void append(Node node, TidyLines out, boolean pre) {
        if (out.rawLength() >= MAX_CHARS) {
            return;
        }
        if (node instanceof TextNode text) {
            out.text(text.getWholeText(), pre);
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
            out.lineBreak();
        } else if ("td".equals(name) || "th".equals(name)) {
            out.cellSeparator();
        }
        boolean inPre = pre || "pre".equals(name);
        for (Node child : e.childNodes()) {
            append(child, out, inPre);
        }
        if (block) {
            out.lineBreak();
        }
    }

    /** One line of whitespace-normalised text. */
    static String flat(String lines) {
        return lines.replace('\n', ' ');
    }
}
