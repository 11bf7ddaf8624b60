package org.clinicverify.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The settings and mappings of the clinics index, read from {@code index-mappings/clinics.json}
 * (bundled in the jar). The mapping carries its own version in {@code mappings._meta.mapping_version};
 * the index behind the alias is named after it ({@code clinics_v1}, ...), so a changed mapping gets a
 * new index rather than a silent in-place change.
 */
record IndexMapping(String json, int version) {

    static final String RESOURCE = "index-mappings/clinics.json";

    static IndexMapping load() {
        try (InputStream in = IndexMapping.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application jar");
            }
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            JsonNode version = new ObjectMapper().readTree(json).path("mappings").path("_meta").path("mapping_version");
            if (!version.canConvertToInt() || version.asInt() < 1) {
                throw new IllegalStateException(RESOURCE + ": mappings._meta.mapping_version must be a positive integer");
            }
            return new IndexMapping(json, version.asInt());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** The create-index body with the replica count of this deployment. */
    String jsonWithReplicas(int replicas) {
        try {
            ObjectMapper mapper = new ObjectMapper();
            com.fasterxml.jackson.databind.node.ObjectNode root =
                    (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(json);
            root.with("settings").put("number_of_replicas", replicas);
            return mapper.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The refresh interval the mapping file asks for ("1s" when it names none). */
    String refreshInterval() {
        try {
            JsonNode value = new ObjectMapper().readTree(json).path("settings").path("refresh_interval");
            return value.isTextual() ? value.asText() : "1s";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String indexName(String alias) {
        return alias + "_v" + version;
    }
}
