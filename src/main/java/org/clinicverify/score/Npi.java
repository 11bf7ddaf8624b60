package org.clinicverify.score;

/**
 * The NPI check digit (CMS, "Requirements for National Provider Identifier check digit"): the Luhn
 * formula over the constant prefix 80840 followed by the first nine digits; the tenth digit is the
 * check digit.
 */
final class Npi {

    private Npi() {
    }

    static boolean isValid(String npi) {
        if (npi == null || !npi.matches("\\d{10}")) {
            return false;
        }
        String payload = "80840" + npi.substring(0, 9);
        int sum = 0;
        boolean doubleIt = true; // rightmost payload digit is doubled, since the check digit follows it
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
        int check = (10 - sum % 10) % 10;
        return check == npi.charAt(9) - '0';
    }
}
