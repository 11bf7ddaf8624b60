package org.clinicverify.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** LocationFinder's hand-written searches give what the regex searches they replace gave. */
class LocationFinderSearchTest {

    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s,·|•\\-–]+$");
    private static final Pattern CITY_STATE_ZIP = Pattern.compile("\\b([A-Z][A-Za-z.'\\-]*(?: [A-Z][A-Za-z.'\\-]*){0,3}),[ ]?("
            + LocationFinder.STATES + ")\\.?[ ]+(\\d{5})(?:-\\d{4})?(?![\\d])");

    @Test
    void trailingSeparatorsGoAsTheRegexRemovesThem() {
        assertEquals("4801 Burnet Rd", LocationFinder.withoutTrailingSeparators("4801 Burnet Rd, · \n"));
        assertEquals("Suite 140\u2028", LocationFinder.withoutTrailingSeparators("Suite 140 –\u2028"));
        Random random = new Random(3);
        String alphabet = "ab1 ,·|•-–\t\n\r\u000B\f\u0085\u2028\u2029\u00A0.";
        for (int round = 0; round < 50_000; round++) {
            String s = randomText(random, alphabet, 10);
            assertEquals(TRAILING_SEPARATORS.matcher(s).replaceFirst(""), LocationFinder.withoutTrailingSeparators(s), s);
        }
    }

    @Test
    void cityStateAndZipAreFoundWhereTheRegexFindsThem() {
        Matcher m = CITY_STATE_ZIP.matcher("");
        String page = "Visit us\n4801 Burnet Rd, Suite 140\nAustin, TX 78756\nMcKinney,TX. 75070-1234 or Dallas, TX 75201";
        m.reset(page);
        int austin = page.indexOf("78756");
        assertTrue(LocationFinder.cityStateZip(m, page, austin));
        assertEquals("Austin", m.group(1));
        assertTrue(LocationFinder.cityStateZip(m, page, page.indexOf("75070")));
        assertEquals("McKinney", m.group(1));

        Random random = new Random(5);
        String[] noise = {"x", "éA", "_B", "9C", " ", "\n", "Main St ", "-", "é", "a", "AB", "Austin, TX 78756 ", "12345-6789"};
        String[] cities = {"Austin", "San Antonio", "St. Louis", "O'Fallon", "McKinney", "New York City Area Now", "xAustin",
            "_Austin", "9Austin", "éAustin", "Ünion", "austin", ""};
        String[] states = {", TX ", ",TX ", ", TX. ", ", ZZ ", ", NY  ", " TX ", ", TX"};
        String[] ends = {"", "-1234", "6", "-12", " ", "\n"};
        int checked = 0;
        for (int round = 0; round < 30_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(4); k > 0; k--) {
                text.append(noise[random.nextInt(noise.length)]);
            }
            text.append(cities[random.nextInt(cities.length)]).append(states[random.nextInt(states.length)]).append("78756")
                    .append(ends[random.nextInt(ends.length)]);
            for (int k = random.nextInt(3); k > 0; k--) {
                text.append(noise[random.nextInt(noise.length)]);
            }
            String s = text.toString();
            for (int zip = s.indexOf("78756"); zip >= 0; zip = s.indexOf("78756", zip + 1)) {
                Matcher expected = CITY_STATE_ZIP.matcher(s);
                boolean found = false;
                expected.region(Math.max(0, zip - 70), Math.min(s.length(), zip + 10));
                while (expected.find()) {
                    if (expected.start(3) == zip) {
                        found = true;
                        break;
                    }
                }
                Matcher actual = CITY_STATE_ZIP.matcher(s);
                assertEquals(found, LocationFinder.cityStateZip(actual, s, zip), s);
                if (found) {
                    checked++;
                    assertEquals(expected.start() + " " + expected.group(), actual.start() + " " + actual.group(), s);
                }
            }
        }
        assertTrue(checked > 1000, checked + " matches compared");
    }

    private static String randomText(Random random, String alphabet, int max) {
        StringBuilder s = new StringBuilder();
        for (int k = random.nextInt(max); k > 0; k--) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
