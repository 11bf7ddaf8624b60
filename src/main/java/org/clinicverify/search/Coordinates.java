package org.clinicverify.search;

import io.micronaut.serde.annotation.Serdeable;

/** A WGS84 point. Construct through {@link #of} to have the ranges checked. */
@Serdeable
public record Coordinates(double lat, double lon) {

    private static final double EARTH_RADIUS_MILES = 3958.7613;

    public Coordinates {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("coordinates out of range: lat " + lat + ", lon " + lon
                    + " (lat must be in -90..90, lon in -180..180)");
        }
    }

    public static Coordinates of(double lat, double lon) {
        return new Coordinates(lat, lon);
    }

    /** Great-circle (haversine) distance in statute miles, as Elasticsearch's arc distance. */
    public double milesTo(Coordinates other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat))
                * Math.cos(Math.toRadians(other.lat)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
