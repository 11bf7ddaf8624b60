package org.clinicverify.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.Map;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.clinicverify.testsupport.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Without trusted proxies the socket address is the client: X-Forwarded-For cannot buy a new bucket. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientAddressTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Override
    public @NonNull Map<String, String> getProperties() {
        Map<String, Object> properties = TestApp.withH2();
        properties.putAll(PartnerTestPlans.properties());
        properties.put("clinicverify.partner.trusted-proxies", "");
        return TestApp.asStrings(properties);
    }

    @Test
    void forwardedForFromAnUntrustedPeerIsIgnored() {
        Calls calls = new Calls(server.getURI());
        calls.get("/api/v1/clinics", "X-Forwarded-For", "192.0.2.1");
        calls.get("/api/v1/clinics", "X-Forwarded-For", "192.0.2.2");
        calls.get("/api/v1/clinics", "X-Forwarded-For", "192.0.2.3");

        HttpResponse<String> response = calls.get("/api/v1/clinics", "X-Forwarded-For", "192.0.2.4");

        assertEquals(429, response.statusCode());
    }
}
