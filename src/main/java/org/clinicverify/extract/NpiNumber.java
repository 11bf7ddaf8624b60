package org.clinicverify.extract;

import java.util.Optional;

/**
 * A National Provider Identifier whose check digit is right. The NPI check digit is the Luhn
 * check digit computed over the card-issuer prefix "80840" followed by the first nine digits
 * (CMS, "Requirements for NPI Check Digit", ISO 7812); the tenth digit must equal it.
 *
 * @param value the ten digits
 */
public record NpiNumber(String value) {

    private static final String ISSUER_PREFIX = "80840";

    public NpiNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid NPI: " + value);
        }
    }

    /** The NPI written in {@code text} (spaces and dashes ignored), if it has ten digits and a correct check digit. */
    public static Optional<NpiNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.replaceAll("[\\s\\-]", "");
        return isValid(digits) ? Optional.of(new NpiNumber(digits)) : Optional.empty();
    }

    /** Ten ASCII digits whose last one is the Luhn check digit of "80840" + the first nine. */
    public static boolean isValid(String digits) {
        if (digits == null || digits.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return checkDigit(digits.substring(0, 9)) == digits.charAt(9) - '0';
    }

    /** The Luhn check digit for "80840" + {@code firstNine}. */
    static int checkDigit(String firstNine) {
        String payload = ISSUER_PREFIX + firstNine;
        int sum = 0;
        boolean doubleIt = true; // the rightmost payload digit is doubled, since the check digit goes after it
        for (int i = payload.length() - 1; i >= 0; i--) {
            int d = payload.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return (10 - (sum % 10)) % 10;
    }
}
