package org.clinicverify.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** ClinicianFinder's hand-written name key against the two regex replacements it stands for. */
class ClinicianFinderNameKeyTest {

    @Test
    void nameKeyIsWhatTheRegexReplacementsGive() {
        Random random = new Random(5);
        String alphabet = "aZé -.'\t\n\u00A0\u2003_5Ł";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder name = new StringBuilder();
            for (int k = random.nextInt(14); k > 0; k--) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String expected = Keywords.fold(name.toString()).replaceAll("[^a-z ]", "").replaceAll("\\s+", " ").strip();

            assertEquals(expected, ClinicianFinder.nameKey(name.toString()), name.toString());
        }
    }
}
