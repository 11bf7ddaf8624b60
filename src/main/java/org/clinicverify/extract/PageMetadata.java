package org.clinicverify.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jsoup.nodes.Element;

/**
 * What a page says of itself outside its visible text: its meta description and keywords, its Open
 * Graph and Twitter title and description, the alt texts of its images, and the names and descriptions
 * in its structured data (each item's by key). Shops that keep a drug's name off the visible page (to
 * slip past filters) still put it there, for search engines and for the shop platform.
 */
final class PageMetadata {

    /** Stops collecting here: a page's own description is short, a gallery's alt texts are not needed in full. */
    static final int MAX_CHARS = 4_000;

    private static final Set<String> META_NAMES = Set.of("description", "keywords", "og:title", "og:description",
            "twitter:title", "twitter:description", "product:name");
    private static final Set<String> ITEM_KEYS = Set.of("name", "alternateName", "description", "keywords");

    private PageMetadata() {
    }

    /** Whether {@code e} is a meta tag or an image, the elements {@link #of} reads (one walk gathers them). */
    static boolean describes(Element e) {
        String name = e.normalName();
        return name.equals("meta") || name.equals("img");
    }

    /** One item per line, at most {@link #MAX_CHARS}. */
    static String of(List<Element> metaAndImages, List<StructuredItem> items) {
        StringBuilder out = new StringBuilder();
        for (Element e : metaAndImages) {
            if (e.normalName().equals("img")) {
                add(out, e.attr("alt"));
            } else {
                String key = (e.hasAttr("name") ? e.attr("name") : e.attr("property")).toLowerCase(Locale.ROOT);
                if (META_NAMES.contains(key)) {
                    add(out, e.attr("content"));
                }
            }
        }
        for (StructuredItem item : items) {
            // By key: the item's map has no stable order from one run to the next, verdicts must.
            for (Map.Entry<String, String> p : new TreeMap<>(item.properties()).entrySet()) {
                String key = p.getKey();
                String last = key.substring(key.lastIndexOf('.') + 1);
                if (ITEM_KEYS.contains(last)) {
                    add(out, p.getValue());
                }
            }
        }
        return out.toString();
    }

    private static void add(StringBuilder out, String value) {
        String v = value.strip();
        if (v.isEmpty() || out.length() >= MAX_CHARS) {
            return;
        }
        if (!out.isEmpty()) {
            out.append('\n');
        }
        out.append(v, 0, Math.min(v.length(), MAX_CHARS - out.length()));
    }
}
