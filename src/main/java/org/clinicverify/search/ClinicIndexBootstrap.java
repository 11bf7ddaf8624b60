package org.clinicverify.search;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;

/**
 * Prepares the index when the HTTP service starts, so a bad or unreachable Elasticsearch setting
 * stops the service at once with a named error. Commands that need the index call
 * {@link ClinicIndexAdmin#ensureReady()} themselves; the others never start Elasticsearch.
 */
@Singleton
final class ClinicIndexBootstrap {

    private final ClinicIndexAdmin admin;

    ClinicIndexBootstrap(ClinicIndexAdmin admin) {
        this.admin = admin;
    }

    @EventListener
    void onServerStartup(ServerStartupEvent event) {
        admin.ensureReady();
    }
}
