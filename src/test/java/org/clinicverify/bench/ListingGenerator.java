package org.clinicverify.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import io.micronaut.json.JsonMapper;
import org.clinicverify.directory.Listing;
import org.clinicverify.directory.ListingRepository;
import org.clinicverify.score.Category;
import org.clinicverify.score.Evidence;
import org.clinicverify.score.Signal;
import org.clinicverify.score.Verdict;

/**
 * Realistic directory rows for the benchmarks: clinics spread over real US city centroids (the
 * geocoder's own file), varied names, services, conditions, payment and insurance, trust scores and
 * verdicts with evidence, about 4% flagged online sellers and 6% informational sites. Seeded, so two
 * runs load the same data.
 */
public final class ListingGenerator {

    static final String[] PREFIXES = {"Restore", "Clarity", "New Dawn", "Harbor", "Summit", "Bright Path", "Evergreen",
            "Lotus", "Northstar", "Mindful", "Serenity", "Pinnacle", "Cedar", "Aurora", "Keystone", "Riverbend"};
    static final String[] KINDS = {"Ketamine Clinic", "Ketamine Wellness", "Infusion Center", "Psychiatry",
            "Mental Health Partners", "Behavioral Health", "TMS & Ketamine", "Integrative Psychiatry"};
    static final String[] SERVICES = {"iv-infusion", "spravato", "kap", "im-injection", "telehealth", "tms"};
    static final String[] CONDITIONS = {"depression", "ptsd", "anxiety", "chronic-pain", "ocd", "bipolar-depression"};
    static final String[] PAYMENT = {"cash", "card", "hsa", "financing"};
    static final String[] INSURANCE = {"aetna", "cigna", "bcbs", "united", "medicare", "tricare"};

    private final List<String[]> cities;

    public ListingGenerator() {
        this.cities = readCities();
    }

    /** Inserts {@code count} listings in batches of 1,000. */
    public void fill(ListingRepository repository, JsonMapper json, int count, long seed) {
        Random random = new Random(seed);
        List<Listing> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(listing(i, random, json));
            if (batch.size() == 1000) {
                repository.saveAll(batch);
                batch.clear();
            }
        }
        repository.saveAll(batch);
    }

    Listing listing(int i, Random random, JsonMapper json) {
        String[] city = cities.get(random.nextInt(cities.size()));
        double lat = Double.parseDouble(city[2]) + (random.nextDouble() - 0.5) * 0.1;
        double lon = Double.parseDouble(city[3]) + (random.nextDouble() - 0.5) * 0.1;
        int roll = random.nextInt(100);
        Category category = roll < 4 ? Category.SELLER : roll < 10 ? Category.INFORMATIONAL : Category.CLINIC;
        boolean flagged = category == Category.SELLER;
        int trust = flagged ? random.nextInt(15) : 35 + random.nextInt(65);
        String name = PREFIXES[random.nextInt(PREFIXES.length)] + " " + KINDS[random.nextInt(KINDS.length)]
                + (random.nextInt(3) == 0 ? " of " + city[0] : "");
        String host = name.toLowerCase().replaceAll("[^a-z0-9]+", "-") + "-" + i + ".example";
        Verdict verdict = new Verdict(category, flagged, trust, List.of(flagged
                ? new Signal("sells-without-prescription", -60, "Sells ketamine without a prescription",
                        List.of(new Evidence("No prescription needed, ships discreetly", "https://" + host + "/shop")))
                : new Signal("licensed-clinician", 20, "Names a licensed physician",
                        List.of(new Evidence("Dr. Maria Lopez, MD, board-certified psychiatrist", "https://" + host + "/team")))),
                flagged ? List.of() : List.of("Licensed clinicians"), "bench-1");
        return new Listing(null, host, name, (100 + random.nextInt(9000)) + " Main St", city[0], city[1], null, "US",
                String.format("+1 512 555 %04d", random.nextInt(10_000)), lat, lon, "https://" + host + "/",
                some(random, SERVICES, 1 + random.nextInt(3)), some(random, CONDITIONS, 1 + random.nextInt(4)),
                some(random, PAYMENT, 1 + random.nextInt(2)), flagged ? List.of() : some(random, INSURANCE, random.nextInt(4)),
                category.id(), flagged, false, trust, !flagged && random.nextInt(5) == 0, write(json, verdict), "bench-1",
                Instant.parse("2026-11-01T00:00:00Z"), null, null, null);
    }

    private static List<String> some(Random random, String[] values, int count) {
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String value = values[random.nextInt(values.length)];
            if (!picked.contains(value)) {
                picked.add(value);
            }
        }
        return picked;
    }

    private static String write(JsonMapper json, Verdict verdict) {
        try {
            return json.writeValueAsString(verdict);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> readCities() {
        try (InputStream in = ListingGenerator.class.getResourceAsStream("/geo/us-city-centroids.csv.gz");
             BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).map(line -> line.split(",")).filter(row -> row.length == 4).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
