package org.clinicverify.crawl;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The links the crawler follows from a page: {@code a[href]} and {@code area[href]} resolved against
 * the base, without their {@code #fragment} (a fragment names a place in the same page, so
 * {@code /p1.html#faq} is {@code /p1.html} and does not use up a place under {@code max-outlinks}),
 * minus {@code rel=nofollow} and same-page {@code href="#..."} anchors; none at all when a robots meta tag says nofollow. Also the page's first
 * {@code <link rel=canonical>}. One pass over the elements collects all three. Only what the crawl
 * needs: extraction proper is the extract stage's job.
 */
final class LinkExtractor {

    /** Links and canonical of one page. */
    record Links(List<String> outlinks, Optional<String> canonical) {
    }

    /** The links of a page's document, as {@link PageDecoder#decode} parsed it. */
    Links links(Document document, int maxOutlinks) {
        // Navigation repeats the same hrefs on a page: collect them raw, resolve each distinct one once.
        Set<String> hrefs = new LinkedHashSet<>();
        String canonical = null;
        boolean nofollow = false;
        for (Element element : document.getAllElements()) {
            switch (element.normalName()) {
                case "a", "area" -> {
                    String href = withoutFragment(element.attr("href").trim());
                    if (!href.isEmpty() && !hasToken(element.attr("rel"), "nofollow")) {
                        hrefs.add(href);
                    }
                }
                case "link" -> {
                    if (canonical == null && hasToken(element.attr("rel"), "canonical") && element.hasAttr("href")) {
                        String href = element.absUrl("href");
                        canonical = href.isBlank() ? null : href;
                    }
                }
                case "meta" -> nofollow |= element.attr("name").equalsIgnoreCase("robots")
                        && element.attr("content").toLowerCase(Locale.ROOT).contains("nofollow");
                default -> {
                }
            }
        }
        if (nofollow) {
            return new Links(List.of(), Optional.ofNullable(canonical));
        }
        // The document's base URI is the page URL, or its <base href> when it has one.
        String base = document.baseUri();
        Set<String> links = new LinkedHashSet<>();
        for (String href : hrefs) {
            if (links.size() >= maxOutlinks) {
                break;
            }
            String absolute = StringUtil.resolve(base, href);
            if (!absolute.isBlank()) {
                links.add(absolute);
            }
        }
        return new Links(new ArrayList<>(links), Optional.ofNullable(canonical));
    }

    private static boolean hasToken(String attribute, String token) {
        return attribute.toLowerCase(Locale.ROOT).contains(token);
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    static boolean isHtml(FetchedPage page) {
        String type = page.contentType().toLowerCase(Locale.ROOT);
        return type.contains("html") || type.isBlank();
    }
}
