package org.clinicverify.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** PhoneFinder reads the same candidate runs as reading every maximal run of run chars did. */
class PhoneRunsTest {

    private final PhoneFinder phones = new PhoneFinder();

    @Test
    void findsWhatEveryRunGives() {
        Random random = new Random(17);
        String[] pieces = {"(512) 555-0188", "512.555.0199", "+1 212 555 0187", "NPI 1234567893", "1962", " ", "  ", ", ", "a",
            "Call ", "\n", "-", "/", "(", ")", "5", "55", "555", "\u00A0", "\u2013", "x", "Order #", "2125550187"};
        int found = 0;
        for (int round = 0; round < 3_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            List<PhoneFinder.Found> actual = phones.find(s);
            assertEquals(everyRun(s), actual, s);
            found += actual.size();
        }
        assertTrue(found > 1000, found + " phones compared");
    }

    /** The reading before: every maximal run of run chars, with or without digits, in order. */
    private List<PhoneFinder.Found> everyRun(String text) {
        List<PhoneFinder.Found> out = new ArrayList<>();
        Map<String, List<PhoneFinder.InRun>> runs = new HashMap<>();
        char[] chars = text.toCharArray();
        int i = 0;
        while (i < chars.length && out.size() < PhoneFinder.MAX_PHONES) {
            if (!PhoneFinder.isRunChar(chars[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < chars.length && PhoneFinder.isRunChar(chars[i])) {
                i++;
            }
            phones.run(text, chars, start, i, runs, out);
        }
        return out;
    }
}
