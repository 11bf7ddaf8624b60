package org.clinicverify.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.clinicverify.testsupport.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(startApplication = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemsRegistryTest implements TestPropertyProvider {

    @Inject
    RemsRegistry registry;

    @Inject
    RemsSettingRepository repository;

    @Override
    public @NonNull Map<String, String> getProperties() {
        return TestApp.asStrings(TestApp.withH2());
    }

    private static RemsEntry entry(String id, String phone) {
        return new RemsEntry("Test Mood Center", "1 Main St", "Austin", "TX", "78704", phone, id, LocalDate.of(2022, 1, 1));
    }

    @Test
    void importUpsertsByCertificationId() {
        registry.importEntries(List.of(entry("T-1", "512-555-0100"), entry("T-2", "512-555-0101")));

        int[] counts = registry.importEntries(List.of(entry("T-1", "512-555-0199")));

        assertEquals(List.of(0, 1, "512-555-0199"), List.of(counts[0], counts[1],
                repository.findByCertificationId("T-1").orElseThrow().phone()));
    }

    @Test
    void importedSettingsAreMatched() {
        registry.importEntries(List.of(entry("T-3", "512-555-0142")));

        var match = registry.index().match(List.of("Test Mood Center"), "Call (512) 555-0142", List.of("+15125550142"), List.of());

        assertEquals("T-3", match.orElseThrow().entry().certificationId());
    }
}
