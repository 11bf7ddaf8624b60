package org.clinicverify.crawl;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The links the crawler follows from a page: {@code a[href]} and {@code area[href]} resolved against
 * the base, minus {@code rel=nofollow}; none at all when a robots meta tag says nofollow. Also the
 * page's {@code <link rel=canonical>}. Only what the crawl needs: extraction proper is the extract
 * stage's job.
 */
final class LinkExtractor {

    /** Links and canonical of one page. */
    record Links(List<String> outlinks, Optional<String> canonical) {
    }

    Links links(FetchedPage page, int maxOutlinks) {
        Charset charset = page.declaredCharset().orElse(StandardCharsets.UTF_8);
        Document document = Jsoup.parse(new String(page.body(), charset), page.finalUrl().toString());
        Optional<String> canonical = Optional.ofNullable(document.selectFirst("link[rel=canonical][href]"))
                .map(link -> link.absUrl("href")).filter(href -> !href.isBlank());
        boolean nofollow = document.select("meta[name=robots]").stream()
                .anyMatch(meta -> meta.attr("content").toLowerCase(Locale.ROOT).contains("nofollow"));
        if (nofollow) {
            return new Links(List.of(), canonical);
        }
        Set<String> links = new LinkedHashSet<>();
        for (Element anchor : document.select("a[href], area[href]")) {
            if (links.size() >= maxOutlinks) {
                break;
            }
            if (anchor.attr("rel").toLowerCase(Locale.ROOT).contains("nofollow")) {
                continue;
            }
            String href = anchor.absUrl("href");
            if (!href.isBlank()) {
                links.add(href);
            }
        }
        return new Links(new ArrayList<>(links), canonical);
    }

    static boolean isHtml(FetchedPage page) {
        String type = page.contentType().toLowerCase(Locale.ROOT);
        return type.contains("html") || type.isBlank();
    }
}
