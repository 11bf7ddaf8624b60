package org.clinicverify.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.micronaut.core.annotation.Nullable;

/**
 * A schema.org item as read from JSON-LD or microdata, before flattening: each property holds
 * values that are either strings or nested nodes. Both readers produce this shape so locations,
 * clinicians and products are found the same way whatever the markup.
 */
final class SchemaNode {

    /** Types whose nested occurrences are also reported as items of their own. */
    private static final Set<String> ENTITY_TYPES = Set.of("MedicalClinic", "MedicalBusiness", "MedicalOrganization",
            "Physician", "Person", "Organization", "LocalBusiness", "Hospital", "Pharmacy", "Dentist", "Product",
            "Offer", "AggregateOffer", "Place", "HealthAndBeautyBusiness", "PsychologicalTreatment", "NGO",
            "Store", "OnlineStore", "ProfessionalService", "MedicalProcedure", "MedicalTherapy");

    private static final int MAX_DEPTH = 8;

    final String type;
    final StructuredItem.Source source;
    final Map<String, List<Object>> properties = new LinkedHashMap<>();

    SchemaNode(String type, StructuredItem.Source source) {
        this.type = type;
        this.source = source;
    }

    void add(String property, Object value) {
        properties.computeIfAbsent(property, k -> new ArrayList<>()).add(value);
    }

    /** The first string value of a property, or of its "name" when the value is a node. */
    Optional<String> text(String property) {
        for (Object v : properties.getOrDefault(property, List.of())) {
            if (v instanceof String s && !s.isBlank()) {
                return Optional.of(s.strip());
            }
            if (v instanceof SchemaNode n) {
                Optional<String> name = n.text("name");
                if (name.isPresent()) {
                    return name;
                }
            }
        }
        return Optional.empty();
    }

    List<String> texts(String property) {
        List<String> out = new ArrayList<>();
        for (Object v : properties.getOrDefault(property, List.of())) {
            if (v instanceof String s && !s.isBlank()) {
                out.add(s.strip());
            } else if (v instanceof SchemaNode n) {
                n.text("name").ifPresent(out::add);
            }
        }
        return out;
    }

    List<SchemaNode> nodes(String property) {
        List<SchemaNode> out = new ArrayList<>();
        for (Object v : properties.getOrDefault(property, List.of())) {
            if (v instanceof SchemaNode n) {
                out.add(n);
            }
        }
        return out;
    }

    @Nullable
    SchemaNode node(String property) {
        List<SchemaNode> nodes = nodes(property);
        return nodes.isEmpty() ? null : nodes.get(0);
    }

    boolean isA(Set<String> types) {
        return types.contains(type);
    }

    /** This node and every node nested in it, depth first. */
    List<SchemaNode> selfAndDescendants() {
        List<SchemaNode> out = new ArrayList<>();
        collect(this, out, 0);
        return out;
    }

    private static void collect(SchemaNode node, List<SchemaNode> out, int depth) {
        out.add(node);
        if (depth >= MAX_DEPTH) {
            return;
        }
        for (List<Object> values : node.properties.values()) {
            for (Object v : values) {
                if (v instanceof SchemaNode n) {
                    collect(n, out, depth + 1);
                }
            }
        }
    }

    /** The node as reported, plus nested entities (a Physician inside a MedicalClinic) as items of their own. */
    static List<StructuredItem> flattenAll(List<SchemaNode> roots, int limit) {
        List<StructuredItem> out = new ArrayList<>();
        for (SchemaNode root : roots) {
            for (SchemaNode n : root.selfAndDescendants()) {
                if (out.size() >= limit) {
                    return out;
                }
                if (n == root || ENTITY_TYPES.contains(n.type)) {
                    out.add(new StructuredItem(n.type, n.source, n.flatten()));
                }
            }
        }
        return out;
    }

    /** Dotted keys ("address.postalCode"); several values of one key are joined with "; ". */
    Map<String, String> flatten() {
        Map<String, String> out = new LinkedHashMap<>();
        flattenInto("", this, out, 0);
        return Map.copyOf(out);
    }

    private static void flattenInto(String prefix, SchemaNode node, Map<String, String> out, int depth) {
        for (Map.Entry<String, List<Object>> e : node.properties.entrySet()) {
            String key = prefix + e.getKey();
            for (Object v : e.getValue()) {
                if (v instanceof String s) {
                    String value = s.strip();
                    if (!value.isEmpty()) {
                        out.merge(key, value, (a, b) -> a.length() > 2000 ? a : a + "; " + b);
                    }
                } else if (v instanceof SchemaNode n && depth < MAX_DEPTH) {
                    flattenInto(key + ".", n, out, depth + 1);
                }
            }
        }
    }
}
