package org.clinicverify.moderation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

import io.micronaut.serde.annotation.Serdeable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * A stored page made safe to show a moderator: only inert text-structure tags survive, with no
 * attributes at all (so no {@code src}, {@code href}, {@code style} or {@code on*} handler, and no
 * script, iframe, object, form, image or link element). Link targets and image descriptions are
 * kept as visible text, so the evidence is still readable, but nothing makes a request to the
 * seller's site. The console shows the result in a sandboxed iframe (no scripts) under a
 * Content-Security-Policy that allows only this origin, as a second line of defence.
 *
 * @param url       the page's address (shown as text, never linked)
 * @param fetchedAt when the crawler fetched it
 * @param safeHtml  the cleaned markup
 * @param text      the page's text
 * @param truncated true when the page was cut at {@code snapshot-max-bytes}
 */
@Serdeable
public record SafeSnapshot(String url, Instant fetchedAt, String safeHtml, String text, boolean truncated) {

    private static final Safelist STRUCTURE = Safelist.none().addTags(
            "p", "br", "div", "span", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
            "b", "i", "strong", "em", "u", "s", "small", "sub", "sup", "mark", "blockquote", "pre", "code", "hr",
            "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "section", "article", "header",
            "footer", "nav", "main", "aside");

    static SafeSnapshot of(PageSnapshot page, int maxBytes) {
        byte[] body = page.body() == null ? new byte[0] : page.body();
        boolean truncated = body.length > maxBytes;
        String html = new String(truncated ? Arrays.copyOf(body, maxBytes) : body, StandardCharsets.UTF_8);
        Document dirty = Jsoup.parse(html, "");
        for (Element link : dirty.select("a[href]")) {
            link.appendChild(new TextNode(" [link: " + link.attr("href") + "]"));
        }
        for (Element image : dirty.select("img")) {
            image.before(new TextNode("[image" + (image.hasAttr("alt") ? ": " + image.attr("alt") : "") + "]"));
        }
        Document clean = new Cleaner(STRUCTURE).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return new SafeSnapshot(page.url(), page.fetchedAt(), clean.body().html(), clean.body().text(), truncated);
    }
}
