package org.clinicverify.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A fixed-rate (open-loop) load run against a service in another process: request {@code i} is due at
 * {@code start + i / rate} whatever happened to the earlier ones, and its latency is measured from
 * that due time (so a stalled service shows in the percentiles instead of slowing the load down).
 * Anything but a 2xx within 10 s is an error. The service's resident memory is read from
 * {@code /proc/<pid>/status} once a second.
 */
final class LoadRun {

    /** One request: when it was due (ms since start), its status (0: no answer) and latency. */
    record Sample(long dueMillis, int status, double latencyMillis) {
    }

    /** What the run measured. */
    record Result(List<Sample> samples, long errors, long[] sortedNanos, long maxRssKb, long endRssKb) {
    }

    private LoadRun() {
    }

    static Result run(URI base, long servicePid, int rate, int seconds) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4)).build();
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(1);
        long total = (long) rate * seconds;
        long periodNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        long maxRss = 0;
        for (long i = 0; i < total; i++) {
            long due = start + i * periodNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            if (i % rate == 0) {
                maxRss = Math.max(maxRss, rssKb(servicePid));
            }
            String zip = SearchMeasurements.ZIPS[(int) (i % SearchMeasurements.ZIPS.length)];
            String path = i % 5 == 4 ? "/api/v1/suggest?prefix=" + "keta".substring(0, 1 + (int) (i % 4))
                    : "/api/v1/clinics?q=ketamine&near=" + zip + "&radius=" + (25 + i % 4 * 25) + "&size=20";
            HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).GET().build();
            long dueMillis = (due - start) / 1_000_000;
            pending.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
                samples.add(new Sample(dueMillis, failure == null ? response.statusCode() : 0,
                        (System.nanoTime() - due) / 1e6));
                return null;
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        clock.shutdownNow();
        long endRss = rssKb(servicePid);
        List<Sample> all = new ArrayList<>(samples);
        all.sort((a, b) -> Long.compare(a.dueMillis(), b.dueMillis()));
        long errors = all.stream().filter(s -> s.status() < 200 || s.status() > 299).count();
        long[] nanos = all.stream().mapToLong(s -> (long) (s.latencyMillis() * 1e6)).sorted().toArray();
        return new Result(all, errors, nanos, Math.max(maxRss, endRss), endRss);
    }

    /** VmRSS of a process in kB (0 if it cannot be read). */
    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
