package org.clinicverify.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The offline ZIP and city tables bundled in the jar. */
class GeocoderTest {

    static final Geocoder GEOCODER = new Geocoder();

    @Test
    void locatesAZipCode() {
        Coordinates point = GEOCODER.locate("10001").orElseThrow();

        assertEquals(40.75, point.lat(), 0.05);
        assertEquals(-74.0, point.lon(), 0.05);
    }

    @Test
    void locatesZipPlusFour() {
        assertEquals(GEOCODER.locate("10001"), GEOCODER.locate("10001-1234"));
    }

    @Test
    void locatesCityCommaState() {
        Coordinates point = GEOCODER.locate("Austin, TX").orElseThrow();

        assertTrue(point.milesTo(Coordinates.of(30.2672, -97.7431)) < 10, point.toString());
    }

    @Test
    void locatesCitySpaceStateInAnyCase() {
        assertEquals(GEOCODER.locate("Austin, TX"), GEOCODER.locate("austin tx"));
    }

    @Test
    void locatesMultiWordCities() {
        Coordinates point = GEOCODER.locate("San Francisco, CA").orElseThrow();

        assertTrue(point.milesTo(Coordinates.of(37.7749, -122.4194)) < 10, point.toString());
    }

    @Test
    void unknownPlacesAreEmpty() {
        assertEquals(Optional.empty(), GEOCODER.locate("Atlantis, ZZ"));
    }

    @Test
    void unknownZipIsEmpty() {
        assertEquals(Optional.empty(), GEOCODER.locate("00000"));
    }
}
