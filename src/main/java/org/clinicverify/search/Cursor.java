package org.clinicverify.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A position in a sorted result list: the sort values of the last hit of a page (Elasticsearch
 * {@code search_after}), tagged with the sort order they belong to. On the wire it is the base64url
 * form of {@code {"s":"relevance","v":[...]}}; anything else is refused with {@link InvalidCursorException}.
 */
public record Cursor(ClinicQuery.SortOrder sort, List<FieldValue> values) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public Cursor {
        values = List.copyOf(values);
    }

    public String encode() {
        ObjectNode root = JSON.createObjectNode();
        root.put("s", sort.name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode array = root.putArray("v");
        for (FieldValue value : values) {
            if (value.isLong()) {
                array.add(value.longValue());
            } else if (value.isDouble()) {
                array.add(value.doubleValue());
            } else if (value.isString()) {
                array.add(value.stringValue());
            } else if (value.isBoolean()) {
                array.add(value.booleanValue());
            } else {
                array.addNull();
            }
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(root.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String text) {
        try {
            JsonNode root = JSON.readTree(Base64.getUrlDecoder().decode(text.trim()));
            JsonNode values = root.path("v");
            if (!root.path("s").isTextual() || !values.isArray() || values.isEmpty()) {
                throw new InvalidCursorException("cursor is not one this service issued");
            }
            List<FieldValue> decoded = new ArrayList<>();
            for (JsonNode value : values) {
                if (value.isIntegralNumber()) {
                    decoded.add(FieldValue.of(value.longValue()));
                } else if (value.isNumber()) {
                    decoded.add(FieldValue.of(value.doubleValue()));
                } else if (value.isTextual()) {
                    decoded.add(FieldValue.of(value.textValue()));
                } else if (value.isBoolean()) {
                    decoded.add(FieldValue.of(value.booleanValue()));
                } else {
                    throw new InvalidCursorException("cursor holds an unexpected value");
                }
            }
            return new Cursor(ClinicQuery.SortOrder.parse(root.path("s").textValue()), decoded);
        } catch (InvalidCursorException e) {
            throw e;
        } catch (RuntimeException | java.io.IOException e) {
            throw new InvalidCursorException("cursor is garbled (not base64url JSON issued by this service)");
        }
    }

    /** A cursor that cannot be decoded or does not fit the request. */
    public static final class InvalidCursorException extends IllegalArgumentException {
        public InvalidCursorException(String message) {
            super(message);
        }
    }
}
