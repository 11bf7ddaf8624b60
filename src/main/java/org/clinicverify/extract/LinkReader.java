package org.clinicverify.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Links, canonical URL and robots directives of a page. Links are resolved against the document
 * base ({@code <base href>} or the final URL), limited to http(s), stripped of their fragment,
 * de-duplicated and capped at {@link #MAX_LINKS}; links marked {@code rel=nofollow} (or
 * {@code sponsored}/{@code ugc}) are left out. A robots {@code nofollow} (meta tag or
 * {@code X-Robots-Tag} header) is reported as a flag; the links are still listed so that a caller
 * can see what the page links to, and the crawler must honour the flag.
 */
final class LinkReader {

    static final int MAX_LINKS = 1000;
    /** Parsed once: parsing a selector costs about as much as running it on a small page. */
    private static final Evaluator LINKS = QueryParser.parse("a[href], area[href]");
    private static final Evaluator HEAD_LINKS = QueryParser.parse("link[rel][href]");
    private static final Evaluator METAS = QueryParser.parse("meta[name][content]");

    record Robots(boolean noindex, boolean nofollow) {
    }

    List<URI> links(Document doc) {
        Set<URI> out = new LinkedHashSet<>();
        // Menus and "read more" links repeat the same hrefs: each distinct one is resolved once, as
        // Element.absUrl resolves it (StringUtil.resolve of the element's base URI and its href).
        Map<Href, Optional<URI>> resolved = new HashMap<>();
        for (Element a : doc.select(LINKS)) {
            if (out.size() >= MAX_LINKS) {
                break;
            }
            String rel = a.attr("rel").toLowerCase(Locale.ROOT);
            if (rel.contains("nofollow") || rel.contains("sponsored") || rel.contains("ugc")) {
                continue;
            }
            Href href = new Href(a.baseUri(), a.attributes().getIgnoreCase("href"));
            resolved.computeIfAbsent(href, h -> absoluteHttp(StringUtil.resolve(h.base(), h.href()))).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    private record Href(String base, String href) {
    }

    Optional<URI> canonical(Document doc) {
        for (Element link : doc.select(HEAD_LINKS)) {
            if (link.attr("rel").toLowerCase(Locale.ROOT).contains("canonical")) {
                return absoluteHttp(link.absUrl("href"));
            }
        }
        return Optional.empty();
    }

    Robots robots(Document doc, Map<String, List<String>> headers) {
        List<String> directives = new ArrayList<>();
        for (Element meta : doc.select(METAS)) {
            String name = meta.attr("name").toLowerCase(Locale.ROOT).strip();
            if (name.equals("robots") || name.equals("googlebot")) {
                directives.add(meta.attr("content").toLowerCase(Locale.ROOT));
            }
        }
        if (headers != null) {
            headers.forEach((name, values) -> {
                if (name != null && name.equalsIgnoreCase("x-robots-tag") && values != null) {
                    values.forEach(v -> directives.add(v.toLowerCase(Locale.ROOT)));
                }
            });
        }
        boolean noindex = directives.stream().anyMatch(d -> d.contains("noindex") || d.contains("none"));
        boolean nofollow = directives.stream().anyMatch(d -> d.contains("nofollow") || d.contains("none"));
        return new Robots(noindex, nofollow);
    }

    static Optional<URI> absoluteHttp(String href) {
        if (href == null || href.isBlank()) {
            return Optional.empty();
        }
        try {
            String s = href.strip();
            int hash = s.indexOf('#');
            URI uri = new URI(hash >= 0 ? s.substring(0, hash) : s);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(uri.normalize());
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
