package org.clinicverify.crawl;

import java.time.Clock;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;

/**
 * A host's next turn: when its politeness delay (or backoff) allows the next request. Each leased
 * host has exactly one turn, held either by the ready queue or by the one worker serving it, which is
 * what keeps at most one request in flight per host.
 */
final class HostTurn implements Delayed {

    final String host;
    final long readyAt;
    private final Clock clock;

    HostTurn(String host, long readyAt, Clock clock) {
        this.host = host;
        this.readyAt = readyAt;
        this.clock = clock;
    }

    @Override
    public long getDelay(TimeUnit unit) {
        return unit.convert(readyAt - clock.millis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public int compareTo(Delayed other) {
        return Long.compare(readyAt, ((HostTurn) other).readyAt);
    }
}
