package org.clinicverify.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** A text's digits, found once, give what stepping through the text gives. */
class DigitsTest {

    @Test
    void digitWindowsAreThoseOfEveryDigitSteppedTo() {
        Random random = new Random(5);
        String alphabet = "ab 19.-$\u0663\u00e9\uff15XZA\u2019\u00c9";
        int digitsSeen = 0;
        for (int round = 0; round < 3_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(80); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            Digits digits = Digits.of(s);
            int reach = random.nextInt(12);

            assertArrayEquals(plainWindows(s, reach), digits.windows(reach), s);
            for (int offset = 0; offset <= s.length(); offset++) {
                int k = digits.firstAtOrAfter(offset);
                int expected = offset;
                while (expected < s.length() && !Character.isDigit(s.charAt(expected))) {
                    expected++;
                }
                assertEquals(expected, k == digits.count() ? s.length() : digits.at(k), s + " from " + offset);
            }
            assertEquals(digits.count(), Digits.of(Literals.lower(s)).count(), "lower-casing keeps the digits: " + s);
            Digits.Found onTheWay = new Digits.Found();
            assertEquals(Literals.lower(s), Literals.lower(s, onTheWay), s);
            assertArrayEquals(digits.windows(0), onTheWay.of(s.length()).windows(0), "digits found while lower-casing: " + s);
            digitsSeen += digits.count();
        }
        assertTrue(digitsSeen > 10_000, "too few digits to tell: " + digitsSeen);
    }

    /** The windows around each digit, stepping through every char (what {@link Digits} replaces). */
    private static int[] plainWindows(String s, int reach) {
        OffsetWindows windows = new OffsetWindows();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                windows.add(Math.max(0, i - reach), Math.min(s.length(), i + 1 + reach));
            }
        }
        return windows.toArray();
    }
}
