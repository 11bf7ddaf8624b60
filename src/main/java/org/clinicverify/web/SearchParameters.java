package org.clinicverify.web;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.clinicverify.search.ClinicQuery;
import org.clinicverify.search.Coordinates;
import org.clinicverify.search.Cursor;
import org.clinicverify.search.Geocoder;

/**
 * Turns the raw query parameters of {@code GET /api/v1/clinics} into a checked {@link ClinicQuery}.
 * Every parameter arrives as text and is parsed here, so each refusal names its parameter.
 */
@Singleton
final class SearchParameters {

    static final int MAX_TEXT = 200;
    static final int MAX_FILTER_VALUES = 10;

    private final Geocoder geocoder;
    private final WebSettings settings;

    SearchParameters(Geocoder geocoder, WebSettings settings) {
        this.geocoder = geocoder;
        this.settings = settings;
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    ClinicQuery parse(@Nullable String q, @Nullable String near, @Nullable String lat, @Nullable String lon,
                      @Nullable String radius, @Nullable List<String> service, @Nullable List<String> condition,
                      @Nullable String rems, @Nullable List<String> insurance, @Nullable String verifiedOnly,
                      @Nullable String sort, @Nullable String size, @Nullable String cursor) {
        String text = blankToNull(q);
        if (text != null && text.length() > MAX_TEXT) {
            throw new BadParameterException("q", "q is longer than " + MAX_TEXT + " characters");
        }
        Coordinates origin = origin(near, lat, lon);
        Double radiusMiles = radius(radius, origin);
        ClinicQuery.SortOrder order = sort(sort, origin);
        int pageSize = size(size);
        Cursor after = blankToNull(cursor) == null ? null : Cursor.decode(cursor);
        if (after != null && after.sort() != order) {
            throw new BadParameterException("cursor", "cursor belongs to another sort order than sort=" + order.name().toLowerCase());
        }
        return new ClinicQuery(text, origin, radiusMiles, values("service", service), values("condition", condition),
                values("insurance", insurance), flag("rems", rems), flag("verifiedOnly", verifiedOnly), order,
                pageSize, after);
    }

    Coordinates origin(@Nullable String near, @Nullable String lat, @Nullable String lon) {
        String place = blankToNull(near);
        boolean hasLat = blankToNull(lat) != null;
        boolean hasLon = blankToNull(lon) != null;
        if (place != null && (hasLat || hasLon)) {
            throw new BadParameterException("near", "give either near or lat/lon, not both");
        }
        if (place != null) {
            if (place.length() > MAX_TEXT) {
                throw new BadParameterException("near", "near is longer than " + MAX_TEXT + " characters");
            }
            return geocoder.locate(place).orElseThrow(() -> new BadParameterException("near",
                    "unknown place '" + place + "': use a US ZIP code (10001) or a city and state (Austin, TX)"));
        }
        if (hasLat != hasLon) {
            throw new BadParameterException(hasLat ? "lon" : "lat", "lat and lon must be given together");
        }
        if (!hasLat) {
            return null;
        }
        double latitude = number("lat", lat);
        double longitude = number("lon", lon);
        if (latitude < -90 || latitude > 90) {
            throw new BadParameterException("lat", "lat must be between -90 and 90");
        }
        if (longitude < -180 || longitude > 180) {
            throw new BadParameterException("lon", "lon must be between -180 and 180");
        }
        return Coordinates.of(latitude, longitude);
    }

    private Double radius(@Nullable String radius, @Nullable Coordinates origin) {
        if (blankToNull(radius) == null) {
            return origin == null ? null : (double) settings.defaultRadiusMiles();
        }
        double miles = number("radius", radius);
        if (miles <= 0 || miles > settings.maxRadiusMiles()) {
            throw new BadParameterException("radius", "radius must be more than 0 and at most "
                    + settings.maxRadiusMiles() + " miles");
        }
        if (origin == null) {
            throw new BadParameterException("radius", "radius needs a location (near or lat/lon)");
        }
        return miles;
    }

    private static ClinicQuery.SortOrder sort(@Nullable String sort, @Nullable Coordinates origin) {
        if (blankToNull(sort) == null) {
            return ClinicQuery.SortOrder.RELEVANCE;
        }
        ClinicQuery.SortOrder order;
        try {
            order = ClinicQuery.SortOrder.parse(sort.trim());
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("sort", e.getMessage());
        }
        if (order == ClinicQuery.SortOrder.DISTANCE && origin == null) {
            throw new BadParameterException("sort", "sort=distance needs a location (near or lat/lon)");
        }
        return order;
    }

    private int size(@Nullable String size) {
        if (blankToNull(size) == null) {
            return settings.defaultPageSize();
        }
        try {
            int value = Integer.parseInt(size.trim());
            if (value >= 1 && value <= ClinicQuery.MAX_SIZE) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadParameterException("size", "size must be a whole number from 1 to " + ClinicQuery.MAX_SIZE);
    }

    private static List<String> values(String parameter, @Nullable List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> cleaned = values.stream().map(String::trim).filter(v -> !v.isEmpty()).distinct().toList();
        if (cleaned.size() > MAX_FILTER_VALUES || cleaned.stream().anyMatch(v -> v.length() > 100)) {
            throw new BadParameterException(parameter, parameter + " accepts at most " + MAX_FILTER_VALUES
                    + " values of up to 100 characters");
        }
        return cleaned;
    }

    static boolean flag(String parameter, @Nullable String value) {
        if (blankToNull(value) == null || "false".equalsIgnoreCase(value.trim())) {
            return false;
        }
        if ("true".equalsIgnoreCase(value.trim())) {
            return true;
        }
        throw new BadParameterException(parameter, parameter + " must be true or false");
    }

    private static double number(String parameter, String value) {
        try {
            double number = Double.parseDouble(value.trim());
            if (Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadParameterException(parameter, parameter + " must be a number");
    }

    static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
