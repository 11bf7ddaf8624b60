package org.clinicverify.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.clinicverify.testsupport.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Runs against the real Elasticsearch node; the app creates its index when the server starts. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicIndexTest implements TestPropertyProvider {

    @Inject
    ElasticsearchClient client;

    @Inject
    ClinicIndexAdmin admin;

    @Override
    public @NonNull Map<String, String> getProperties() {
        return TestApp.asStrings(TestApp.withH2());
    }

    @Test
    void aliasPointsAtAVersionedIndexCreatedFromTheMappingFile() throws IOException {
        JsonNode file = new ObjectMapper().readTree(Files.readString(Path.of("index-mappings", "clinics.json")));
        int version = file.path("mappings").path("_meta").path("mapping_version").asInt();

        Set<String> indices = admin.indicesBehindAlias();

        assertEquals(Set.of(admin.alias() + "_v" + version), indices);
        String index = indices.iterator().next();
        Map<String, Property> properties = client.indices().getMapping(m -> m.index(index))
                .get(index).mappings().properties();
        assertEquals(file.path("mappings").path("properties").size(), properties.size());
        assertTrue(properties.get("location").isGeoPoint());
        assertTrue(properties.get("name_suggest").isCompletion());
    }

    @Test
    void documentRoundTripsThroughTheAlias() throws IOException {
        Map<String, Object> document = Map.of("listing_id", "42", "name", "Willow Creek Ketamine Center",
                "category", "clinic", "location", Map.of("lat", 30.26, "lon", -97.77));
        client.index(i -> i.index(admin.alias()).id("42").document(document).refresh(Refresh.True));

        @SuppressWarnings("unchecked")
        Map<String, Object> stored = client.get(g -> g.index(admin.alias()).id("42"), Map.class).source();

        assertEquals("Willow Creek Ketamine Center", stored.get("name"));
        long hits = client.count(c -> c.index(admin.alias()).query(q -> q.match(m -> m.field("name").query("willow"))))
                .count();
        assertEquals(1, hits);
    }

    @Test
    void aDocumentWithAFieldOutsideTheMappingIsRefused() {
        Map<String, Object> document = Map.of("listing_id", "7", "unmapped_field", "x");
        org.junit.jupiter.api.Assertions.assertThrows(co.elastic.clients.elasticsearch._types.ElasticsearchException.class,
                () -> client.index(i -> i.index(admin.alias()).id("7").document(document)));
    }

}
