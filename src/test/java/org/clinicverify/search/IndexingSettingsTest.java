package org.clinicverify.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
@Property(name = "datasources.default.url", value = "jdbc:h2:mem:indexingsettings;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@Property(name = "clinicverify.search.indexing.bulk-max-operations", value = "250")
@Property(name = "clinicverify.search.indexing.bulk-flush-interval", value = "3s")
class IndexingSettingsTest {

    @Inject
    IndexingSettings settings;

    @Test
    void bindsTheIndexingSection() {
        assertEquals(250, settings.bulkMaxOperations());
        assertEquals(Duration.ofSeconds(3), settings.bulkFlushInterval());
        assertEquals(1, settings.bulkMaxConcurrent());
        assertEquals(1000, settings.reindexPageSize());
        assertEquals(Duration.ofSeconds(2), settings.oldIndexGrace());
    }
}
