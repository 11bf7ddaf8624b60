package org.clinicverify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.clinicverify.crawl.HostResolver;
import org.clinicverify.directory.ListingRepository;
import org.clinicverify.moderation.ItemState;
import org.clinicverify.moderation.ModerationQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * With private addresses not allowed (the default), a confirmed seller whose name resolves to a
 * private address is recorded offline, and its server never sees a request.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LivenessRefusalTest implements TestPropertyProvider {

    @Inject
    LivenessSchedule schedule;

    @Inject
    ModerationQueue queue;

    @Inject
    ListingRepository listings;

    @Override
    public @NonNull Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(LivenessTestSupport.properties(false));
        properties.put("test.liveness.private-dns", "true");
        return properties;
    }

    @Test
    void aSellerResolvingToAPrivateAddressIsRecordedOfflineWithoutARequest() {
        try (LoopbackSite site = new LoopbackSite()) {
            String host = "seller.test:" + site.port();
            LivenessTestSupport.confirmedSeller(queue, listings, host, "http://" + host + "/");

            LivenessSchedule.RunReport report = schedule.runOnce();

            assertEquals(List.of(1, 0, 0), List.of(report.probed(), report.online(), site.requests()));
        }
    }

    @Test
    void theRefusedSellerStaysConfirmed() {
        try (LoopbackSite site = new LoopbackSite()) {
            String host = "still-confirmed.test:" + site.port();
            LivenessTestSupport.confirmedSeller(queue, listings, host, "http://" + host + "/");

            schedule.runOnce();

            assertEquals(ItemState.CONFIRMED_ROGUE, queue.decisionFor(host).orElseThrow().state());
        }
    }

    /** A name that resolves to loopback, as a seller's DNS could answer, without a DNS server. */
    @Singleton
    @Requires(property = "test.liveness.private-dns", value = "true")
    static final class PrivateDns implements HostResolver {
        @Override
        public List<InetAddress> resolve(String host) throws UnknownHostException {
            return host.endsWith(".test") ? List.of(InetAddress.getLoopbackAddress()) : HostResolver.system().resolve(host);
        }
    }
}
