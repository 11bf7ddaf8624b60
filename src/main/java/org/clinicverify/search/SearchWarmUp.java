package org.clinicverify.search;

import java.util.List;
import java.util.Map;

import io.micronaut.health.HealthStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the search paths a few hundred times right after start-up and keeps {@code /health} DOWN until
 * it is done. A fresh JVM runs them interpreted and compiles them while traffic waits: the load run of
 * {@code bench/run} saw p50 of 1-2 s in its first 10 seconds against 10-30 ms afterwards. A load
 * balancer (or Compose's health check) that waits for readiness sends no user to a cold instance.
 *
 * <p>The searches go through {@link ClinicSearch} and the JSON mapper in-process, not over HTTP, so
 * they count against no client's rate limit. A failing search (Elasticsearch away) ends the warm-up:
 * readiness is then up to the Elasticsearch health component, not held back by this one.
 */
@Singleton
final class SearchWarmUp extends AbstractHealthIndicator<Map<String, Object>> {

    private static final Logger LOG = LoggerFactory.getLogger(SearchWarmUp.class);
    /** What people type: free text, places, a filter; each round takes the next. */
    private static final List<String> TEXTS = List.of("ketamine", "spravato", "ketamine infusion", "depression", "ptsd");
    private static final List<String> PREFIXES = List.of("k", "ke", "ket", "spr", "cl");
    private static final List<Coordinates> PLACES = List.of(new Coordinates(40.75, -73.99), new Coordinates(30.27, -97.74),
            new Coordinates(39.74, -104.99), new Coordinates(34.05, -118.24));

    private final ClinicSearch search;
    private final JsonMapper json;
    private final WarmUpSettings settings;
    private volatile int roundsDone;
    private volatile boolean finished;

    SearchWarmUp(ClinicSearch search, JsonMapper json, WarmUpSettings settings) {
        this.search = search;
        this.json = json;
        this.settings = settings;
        this.finished = settings.rounds() == 0;
    }

    @EventListener
    void onServerStartup(ServerStartupEvent event) {
        if (finished) {
            return;
        }
        Thread thread = new Thread(this::run, "search-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs the rounds; returns when done or when a search fails. */
    void run() {
        long start = System.nanoTime();
        try {
            for (int round = 0; round < settings.rounds(); round++) {
                json.writeValueAsBytes(search.search(query(round)));
                json.writeValueAsBytes(search.suggest(PREFIXES.get(round % PREFIXES.size()), 8));
                roundsDone = round + 1;
            }
            LOG.info("Search warm-up: {} rounds in {} ms", roundsDone, (System.nanoTime() - start) / 1_000_000);
        } catch (Exception e) {
            LOG.warn("Search warm-up stopped after {} rounds: {}", roundsDone, e.toString());
        } finally {
            finished = true;
        }
    }

    /** Text and place searches in each sort order, as the API builds them. */
    private static ClinicQuery query(int round) {
        String text = TEXTS.get(round % TEXTS.size());
        Coordinates place = PLACES.get(round % PLACES.size());
        ClinicQuery.SortOrder sort = ClinicQuery.SortOrder.values()[round % ClinicQuery.SortOrder.values().length];
        return new ClinicQuery(text, place, 25.0 + round % 4 * 25, List.of(), List.of(), List.of(), false, false, sort, 20, null);
    }

    int roundsDone() {
        return roundsDone;
    }

    /** Whether the warm-up is over (done, failed or not asked for): the service may take traffic. */
    boolean ready() {
        return finished;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        healthStatus = finished ? HealthStatus.UP : HealthStatus.DOWN;
        return Map.of("rounds", roundsDone, "of", settings.rounds(), "finished", finished);
    }

    @Override
    protected String getName() {
        return "search-warm-up";
    }
}
