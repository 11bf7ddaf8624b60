package org.clinicverify.moderation;

import java.util.Map;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import org.clinicverify.testsupport.TestApp;
import org.junit.jupiter.api.TestInstance;

/** The embedded default: H2 in PostgreSQL mode. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModerationQueueH2Test extends ModerationQueueContract implements TestPropertyProvider {

    @Override
    public @NonNull Map<String, String> getProperties() {
        return ModerationTestSupport.properties(TestApp.withH2());
    }
}
