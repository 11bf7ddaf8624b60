package org.clinicverify.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import io.micronaut.context.annotation.Context;

/**
 * Offline geocoding of US places: 5-digit ZIP codes (ZIP+4 accepted) and "City, ST" / "City ST"
 * to a centroid, from the compact tables in {@code src/main/resources/geo} (source and license in
 * geo/README.md). Loaded once at start (about 42,000 ZIPs and 30,000 cities); no network.
 * A city without a state is accepted only when the name is unique in the US.
 */
@Context
public final class Geocoder {

    static final String ZIP_RESOURCE = "geo/us-zip-centroids.csv.gz";
    static final String CITY_RESOURCE = "geo/us-city-centroids.csv.gz";

    private static final Pattern ZIP = Pattern.compile("(\\d{5})(?:-\\d{4})?");
    private static final Pattern CITY_STATE = Pattern.compile("(.+?)[\\s,]+([A-Za-z]{2})");

    private final Map<String, Coordinates> zips = new HashMap<>();
    private final Map<String, Coordinates> cities = new HashMap<>();
    private final Map<String, Coordinates> uniqueCityNames = new HashMap<>();

    Geocoder() {
        Map<String, Integer> nameCounts = new HashMap<>();
        read(ZIP_RESOURCE, fields -> zips.put(fields[0], Coordinates.of(Double.parseDouble(fields[1]),
                Double.parseDouble(fields[2]))));
        read(CITY_RESOURCE, fields -> {
            Coordinates point = Coordinates.of(Double.parseDouble(fields[2]), Double.parseDouble(fields[3]));
            String name = TextFolding.fold(fields[0]);
            cities.put(name + "|" + fields[1].toUpperCase(java.util.Locale.ROOT), point);
            nameCounts.merge(name, 1, Integer::sum);
            uniqueCityNames.put(name, point);
        });
        nameCounts.forEach((name, count) -> {
            if (count > 1) {
                uniqueCityNames.remove(name);
            }
        });
    }

    /** The centroid of a ZIP code or US city, or empty when the place is unknown. */
    public Optional<Coordinates> locate(String place) {
        if (place == null || place.isBlank()) {
            return Optional.empty();
        }
        String text = place.trim();
        Matcher zip = ZIP.matcher(text);
        if (zip.matches()) {
            return Optional.ofNullable(zips.get(zip.group(1)));
        }
        Matcher cityState = CITY_STATE.matcher(text);
        if (cityState.matches()) {
            Coordinates hit = cities.get(TextFolding.fold(cityState.group(1)) + "|"
                    + cityState.group(2).toUpperCase(java.util.Locale.ROOT));
            if (hit != null) {
                return Optional.of(hit);
            }
        }
        return Optional.ofNullable(uniqueCityNames.get(TextFolding.fold(text)));
    }

    private interface Row {
        void accept(String[] fields);
    }

    private static void read(String resource, Row row) {
        try (InputStream raw = Geocoder.class.getClassLoader().getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException(resource + " is missing from the application jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    row.accept(line.split(",", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Sizes of the loaded tables, for logs and tests. */
    List<Integer> sizes() {
        return List.of(zips.size(), cities.size());
    }
}
