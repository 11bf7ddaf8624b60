package org.clinicverify.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
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
        Map<String, String> properties = TestApp.asStrings(TestApp.withH2());
        // Check the table on every use, so a row written by "another process" is seen at once.
        properties.put("clinicverify.score.rems-refresh-interval", "0s");
        return properties;
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

    @Test
    void aSettingImportedByAnotherProcessIsMatchedWithoutARestart() {
        registry.importEntries(List.of(entry("T-4", "512-555-0150")));
        registry.index();
        // import-rems in another JVM writes the table directly; this instance's index is already built.
        repository.save(new RemsSetting(null, "T-5", "Later Mood Center", "9 Elm St", "Austin", "TX", "78704",
                "512-555-0177", LocalDate.of(2023, 5, 1), Instant.now()));

        var match = registry.index().match(List.of("Later Mood Center"), "Call (512) 555-0177", List.of("+15125550177"), List.of());

        assertEquals("T-5", match.orElseThrow().entry().certificationId());
    }
}
