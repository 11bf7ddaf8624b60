package org.clinicverify.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * {@link Element#text()} without building it in the common case: an element (a link, a button)
 * holding one text node whose text is already what text() makes of it (no whitespace to collapse or
 * trim, no character Jsoup drops or changes). A navigation page has a thousand such links, and
 * text() walks each one and copies its text through a string builder.
 */
final class ElementText {

    private ElementText() {
    }

    static String of(Element e) {
        if (e.childNodeSize() == 1 && e.childNode(0) instanceof TextNode t) {
            String s = t.getWholeText();
            if (unchangedByText(s)) {
                return s;
            }
        }
        return e.text();
    }

    /**
     * No leading, trailing or double space, and otherwise only characters that are neither
     * whitespace, control, format (zero-width, soft hyphen) nor surrogate: text() keeps such a
     * string as it is.
     */
    static boolean unchangedByText(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < 127) {
                continue;
            }
            if (c == ' ') {
                if (i == 0 || i == n - 1 || s.charAt(i - 1) == ' ') {
                    return false;
                }
                continue;
            }
            if (c < 160 || Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isSurrogate(c)
                    || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.UNASSIGNED) {
                return false;
            }
        }
        return true;
    }
}
