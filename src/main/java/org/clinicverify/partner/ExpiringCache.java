package org.clinicverify.partner;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** A tiny time-bounded cache; when it grows past its limit it simply starts over. */
final class ExpiringCache<K, V> {

    private record Entry<V>(V value, Instant expires) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final int limit;
    private final Clock clock;

    ExpiringCache(Duration ttl, int limit, Clock clock) {
        this.ttl = ttl;
        this.limit = limit;
        this.clock = clock;
    }

    V get(K key, Supplier<V> load) {
        Instant now = clock.instant();
        Entry<V> entry = entries.get(key);
        if (entry != null && now.isBefore(entry.expires())) {
            return entry.value();
        }
        V value = load.get();
        if (!ttl.isZero() && !ttl.isNegative()) {
            if (entries.size() >= limit) {
                entries.clear();
            }
            entries.put(key, new Entry<>(value, now.plus(ttl)));
        }
        return value;
    }

    void clear() {
        entries.clear();
    }
}
