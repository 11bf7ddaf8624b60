package org.clinicverify.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** ClinicianFinder's hand-read credential token is the token the regex it replaces matched. */
class CredentialTokenTest {

    private static final Pattern CREDENTIAL_TOKEN = Pattern.compile("[ ]*[,/]?[ ]*([A-Za-z][A-Za-z.\\-]{0,9})(?![A-Za-z])");

    @Test
    void readsTokensAfterCommasSpacesAndSlashes() {
        String s = "Jane Smith, M.D., PhD / PMHNP-BC is";
        assertArrayEquals(new int[] {12, 16}, ClinicianFinder.credentialToken(s, 10, s.length()));
        assertArrayEquals(new int[] {18, 21}, ClinicianFinder.credentialToken(s, 16, s.length()));
        assertArrayEquals(new int[] {24, 32}, ClinicianFinder.credentialToken(s, 21, s.length()));
        assertNull(ClinicianFinder.credentialToken(", , MD", 0, 6));
        assertNull(ClinicianFinder.credentialToken(", Abcdefghijklmnop", 0, 18)); // longer than ten letters
        assertArrayEquals(new int[] {2, 5}, ClinicianFinder.credentialToken(", M.D.Smithsonian", 0, 17)); // backs off before a dot
    }

    @Test
    void agreesWithTheRegexOnRandomText() {
        Random random = new Random(9);
        String alphabet = "  ,,//..--MDPhdnxzé1\n";
        int found = 0;
        for (int round = 0; round < 100_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(20); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            int from = s.isEmpty() ? 0 : random.nextInt(s.length());
            int limit = from + random.nextInt(s.length() - from + 1);
            Matcher m = CREDENTIAL_TOKEN.matcher(s).region(from, limit);
            int[] expected = m.lookingAt() ? new int[] {m.start(1), m.end(1)} : null;
            if (expected != null) {
                found++;
                assertTrue(m.end() == m.end(1));
            }
            assertArrayEquals(expected, ClinicianFinder.credentialToken(s, from, limit), s + " " + from + " " + limit);
        }
        assertTrue(found > 10_000, found + " tokens compared");
    }
}
