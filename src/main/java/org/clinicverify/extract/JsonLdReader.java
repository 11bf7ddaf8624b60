package org.clinicverify.extract;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads {@code <script type="application/ld+json">} blocks into {@link SchemaNode}s. Accepts a
 * single item, an array of items and {@code @graph}; tolerates comments, trailing commas, single
 * quotes and raw newlines inside strings (all common on the real web). A block that still does not
 * parse is skipped: the rest of the page is extracted as usual.
 */
final class JsonLdReader {

    static final int MAX_BLOCK_CHARS = 500_000;
    private static final int MAX_DEPTH = 10;
    /** Parsed once: parsing a selector costs about as much as running it on a small page. */
    static final Evaluator SCRIPTS_WITH_TYPE = QueryParser.parse("script[type]");

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    /** The items of the given {@code script[type]} elements (see {@link PageElements}). */
    List<SchemaNode> read(List<Element> scriptsWithType) {
        List<SchemaNode> out = new ArrayList<>();
        for (Element script : scriptsWithType) {
            String type = script.attr("type").toLowerCase(java.util.Locale.ROOT).strip();
            if (!type.startsWith("application/ld+json")) {
                continue;
            }
            String json = script.data().strip();
            if (json.isEmpty() || json.length() > MAX_BLOCK_CHARS) {
                continue;
            }
            if (json.startsWith("<!--")) {
                json = json.substring(4).replaceAll("-->\\s*$", "");
            }
            try {
                JsonNode root = mapper.readTree(json);
                collectItems(root, out, 0);
            } catch (JsonProcessingException | RuntimeException invalid) {
                // Invalid JSON-LD is common; it only means this block contributes nothing.
            }
        }
        return out;
    }

    private void collectItems(JsonNode node, List<SchemaNode> out, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                collectItems(element, out, depth + 1);
            }
        } else if (node.isObject()) {
            if (node.has("@graph")) {
                collectItems(node.get("@graph"), out, depth + 1);
            }
            String type = typeOf(node);
            if (type != null) {
                out.add(toNode(type, node, 0));
            }
        }
    }

    private SchemaNode toNode(String type, JsonNode object, int depth) {
        SchemaNode node = new SchemaNode(type, StructuredItem.Source.JSON_LD);
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (name.startsWith("@") && !name.equals("@id")) {
                continue;
            }
            addValue(node, stripNamespace(name), field.getValue(), depth);
        }
        return node;
    }

    private void addValue(SchemaNode node, String property, JsonNode value, int depth) {
        if (value == null || value.isNull()) {
            return;
        }
        if (value.isArray()) {
            for (JsonNode element : value) {
                if (!element.isArray()) {
                    addValue(node, property, element, depth);
                }
            }
        } else if (value.isObject()) {
            if (depth >= MAX_DEPTH) {
                return;
            }
            String type = typeOf(value);
            if (type == null && value.has("@value")) {
                addValue(node, property, value.get("@value"), depth);
                return;
            }
            node.add(property, toNode(type == null ? "Thing" : type, value, depth + 1));
        } else {
            node.add(property, value.asText());
        }
    }

    private static String typeOf(JsonNode object) {
        JsonNode type = object.get("@type");
        if (type == null) {
            return null;
        }
        if (type.isArray()) {
            type = type.size() > 0 ? type.get(0) : null;
        }
        return type == null || !type.isValueNode() ? null : stripNamespace(type.asText());
    }

    /** "https://schema.org/MedicalClinic" and "schema:MedicalClinic" -> "MedicalClinic". */
    static String stripNamespace(String name) {
        String s = name.strip();
        int cut = Math.max(s.lastIndexOf('/'), Math.max(s.lastIndexOf(':'), s.lastIndexOf('#')));
        return cut >= 0 && cut < s.length() - 1 ? s.substring(cut + 1) : s;
    }
}
