package org.clinicverify.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Claims, leases and their return, on the real (H2, PostgreSQL mode) database. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrontierTest implements TestPropertyProvider {

    private static final String HOST = "clinic.example:80";
    private static final long NOW = 1_000_000;
    private static final long LEASE_END = NOW + 30_000;

    @Inject
    Frontier frontier;

    @Inject
    DataSource dataSource;

    @Override
    public @NonNull Map<String, String> getProperties() {
        return CrawlTestSupport.h2();
    }

    @BeforeEach
    void sixQueuedUrlsOfOneHost() throws SQLException {
        CrawlTestSupport.clear(dataSource);
        for (int i = 1; i <= 6; i++) {
            frontier.enqueue("test", "http://clinic.example/p" + i, HOST, Frontier.Kind.PAGE, i == 1 ? 0 : 1, NOW, 100);
        }
    }

    @Test
    void claimsSeveralUrlsOfAHostShallowestFirst() {
        List<Frontier.Entry> claimed = frontier.claimNext("test", HOST, "a", NOW, LEASE_END, 4);

        assertEquals(List.of("http://clinic.example/p1", "http://clinic.example/p2", "http://clinic.example/p3",
                "http://clinic.example/p4"), claimed.stream().map(Frontier.Entry::url).toList());
    }

    @Test
    void neverHandsOneUrlToTwoOwners() {
        List<Frontier.Entry> first = frontier.claimNext("test", HOST, "a", NOW, LEASE_END, 4);

        List<Frontier.Entry> second = frontier.claimNext("test", HOST, "b", NOW, LEASE_END, 4);

        assertEquals(List.of("http://clinic.example/p5", "http://clinic.example/p6"),
                second.stream().map(Frontier.Entry::url).toList(), "first took " + first);
    }

    @Test
    void countsAClaimAsAnAttempt() {
        List<Frontier.Entry> claimed = frontier.claimNext("test", HOST, "a", NOW, LEASE_END, 1);

        assertEquals(1, claimed.get(0).attempts());
    }

    @Test
    void unclaimPutsUnfetchedUrlsBackWithoutCountingAnAttempt() {
        List<Frontier.Entry> claimed = frontier.claimNext("test", HOST, "a", NOW, LEASE_END, 4);

        frontier.unclaim(claimed.subList(1, 4), "a");

        List<Frontier.Entry> again = frontier.claimNext("test", HOST, "b", NOW, LEASE_END, 4);
        assertEquals(List.of(1, 1, 1, 1), again.stream().map(Frontier.Entry::attempts).toList());
    }

    @Test
    void unclaimLeavesAnotherOwnersClaimAlone() {
        List<Frontier.Entry> claimedByA = frontier.claimNext("test", HOST, "a", NOW, LEASE_END, 6);

        frontier.unclaim(claimedByA, "b");

        assertEquals(List.of(), frontier.claimNext("test", HOST, "b", NOW, LEASE_END, 6));
    }

    @Test
    void expiredClaimsOfADeadProcessReturnToTheQueue() {
        frontier.claimNext("test", HOST, "dead", NOW, LEASE_END, 6);

        frontier.releaseExpired(LEASE_END + 1);

        assertEquals(6, frontier.claimNext("test", HOST, "alive", LEASE_END + 1, LEASE_END + 30_000, 6).size());
    }

    @Test
    void leasesAHostToOneProcessAtATime() {
        List<String> first = frontier.claimHosts("test", "a", NOW, LEASE_END, 10, Set.of());

        List<String> second = frontier.claimHosts("test", "b", NOW, LEASE_END, 10, Set.of());

        assertEquals(List.of(List.of(HOST), List.of()), List.of(first, second));
    }

    @Test
    void leasesAtMostTheHostsAskedFor() throws SQLException {
        frontier.enqueue("test", "http://other.example/", "other.example:80", Frontier.Kind.PAGE, 0, NOW, 100);

        List<String> leased = frontier.claimHosts("test", "a", NOW, LEASE_END, 1, Set.of());

        assertEquals(1, leased.size());
    }

    @Test
    void queuesOnlyTheLinksNotKnownYet() {
        List<Frontier.NewUrl> links = List.of(page("http://clinic.example/p1"), page("http://clinic.example/p7"));

        int added = frontier.inTransaction(connection -> frontier.enqueueAll(connection, "test", links, NOW, 100));

        assertEquals(1, added);
    }

    @Test
    void queuesNoMoreThanTheHostsPageLimit() {
        List<Frontier.NewUrl> links = List.of(page("http://clinic.example/p1"), page("http://clinic.example/p7"),
                page("http://clinic.example/p8"), page("http://clinic.example/p9"));

        int added = frontier.inTransaction(connection -> frontier.enqueueAll(connection, "test", links, NOW, 8));

        assertEquals(2, added);
    }

    @Test
    void rollsBackEveryLinkWhenThePageTransactionFails() {
        List<Frontier.NewUrl> links = List.of(page("http://clinic.example/p7"));

        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> frontier.inTransaction(connection -> {
            frontier.enqueueAll(connection, "test", links, NOW, 100);
            throw new IllegalStateException("page store failed");
        }));

        assertEquals(6, frontier.claimNext("test", HOST, "a", NOW, LEASE_END, 10).size());
    }

    @Test
    void claimsTheLeasedHostsNewPagesAsTheyAreQueuedUpToTheLimit() {
        List<Frontier.NewUrl> links = List.of(page("http://clinic.example/p7"), page("http://clinic.example/p8"),
                page("http://clinic.example/p9"));
        Frontier.ClaimAhead claimAhead = new Frontier.ClaimAhead(HOST, "a", LEASE_END, 2);

        List<Frontier.Entry> claimed = frontier.inTransaction(connection -> {
            frontier.enqueueAll(connection, "test", links, NOW, 100, java.util.Optional.of(claimAhead));
            return frontier.claimed(connection, "test", HOST, "a");
        });

        assertEquals(List.of("http://clinic.example/p7", "http://clinic.example/p8"),
                claimed.stream().map(Frontier.Entry::url).toList());
    }

    @Test
    void leavesPagesClaimedAsTheyWereQueuedToNoOtherOwner() {
        Frontier.ClaimAhead claimAhead = new Frontier.ClaimAhead(HOST, "a", LEASE_END, 1);
        frontier.inTransaction(connection -> frontier.enqueueAll(connection, "test",
                List.of(page("http://clinic.example/p7")), NOW, 100, java.util.Optional.of(claimAhead)));

        List<Frontier.Entry> other = frontier.claimNext("test", HOST, "b", NOW, LEASE_END, 10);

        assertEquals(6, other.size(), "p1-p6 only: " + other);
    }

    @Test
    void returnsPagesClaimedAsTheyWereQueuedToTheQueueWhenTheirClaimExpires() {
        Frontier.ClaimAhead claimAhead = new Frontier.ClaimAhead(HOST, "a", LEASE_END, 1);
        frontier.inTransaction(connection -> frontier.enqueueAll(connection, "test",
                List.of(page("http://clinic.example/p7")), NOW, 100, java.util.Optional.of(claimAhead)));

        frontier.releaseExpired(LEASE_END + 1);

        assertEquals(7, frontier.claimNext("test", HOST, "b", LEASE_END + 1, LEASE_END + 30_000, 10).size());
    }

    private static Frontier.NewUrl page(String url) {
        return new Frontier.NewUrl(url, HOST, Frontier.Kind.PAGE, 1);
    }
}
