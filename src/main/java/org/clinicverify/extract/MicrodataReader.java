package org.clinicverify.extract;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads HTML microdata ({@code itemscope}, {@code itemtype}, {@code itemprop}) into
 * {@link SchemaNode}s, following the WHATWG HTML "microdata" section: an item's properties are the
 * {@code itemprop} elements below it that are not inside a nested item; a property element that is
 * itself an item holds that nested item; values come from {@code content}, {@code href}/{@code src},
 * {@code datetime}, {@code value} or the element's text.
 */
final class MicrodataReader {

    private static final int MAX_DEPTH = 8;
    private static final int MAX_ITEMS = 200;
    /** Parsed once: parsing a selector costs about as much as running it on a small page. */
    static final Evaluator ITEM_SCOPES = QueryParser.parse("[itemscope]");

    /** The top-level items among the given {@code [itemscope]} elements (see {@link PageElements}). */
    List<SchemaNode> read(List<Element> itemScopes) {
        List<SchemaNode> out = new ArrayList<>();
        for (Element scope : itemScopes) {
            if (out.size() >= MAX_ITEMS) {
                break;
            }
            // Top-level items only; nested ones are read as property values of their parent.
            if (!scope.hasAttr("itemprop") || scope.parents().stream().noneMatch(p -> p.hasAttr("itemscope"))) {
                out.add(readItem(scope, 0));
            }
        }
        return out;
    }

    private SchemaNode readItem(Element scope, int depth) {
        String itemtype = scope.attr("itemtype").strip();
        String type = itemtype.isEmpty() ? "Thing" : JsonLdReader.stripNamespace(itemtype.split("\\s+")[0]);
        SchemaNode node = new SchemaNode(type, StructuredItem.Source.MICRODATA);
        for (Element child : scope.children()) {
            collect(child, node, depth);
        }
        return node;
    }

    private void collect(Element element, SchemaNode node, int depth) {
        String itemprop = element.attr("itemprop").strip();
        boolean nestedItem = element.hasAttr("itemscope");
        if (!itemprop.isEmpty()) {
            for (String name : itemprop.split("\\s+")) {
                String property = JsonLdReader.stripNamespace(name);
                if (nestedItem) {
                    if (depth < MAX_DEPTH) {
                        node.add(property, readItem(element, depth + 1));
                    }
                } else {
                    node.add(property, valueOf(element));
                }
            }
        }
        if (nestedItem) {
            return;
        }
        for (Element child : element.children()) {
            collect(child, node, depth);
        }
    }

    private static String valueOf(Element e) {
        if (e.hasAttr("content")) {
            return e.attr("content");
        }
        return switch (e.normalName()) {
            case "a", "area", "link" -> e.absUrl("href").isEmpty() ? e.attr("href") : e.absUrl("href");
            case "img", "audio", "video", "source", "iframe", "embed", "track" ->
                    e.absUrl("src").isEmpty() ? e.attr("src") : e.absUrl("src");
            case "object" -> e.attr("data");
            case "time" -> e.hasAttr("datetime") ? e.attr("datetime") : e.text();
            case "data", "meter" -> e.attr("value");
            default -> e.text();
        };
    }
}
