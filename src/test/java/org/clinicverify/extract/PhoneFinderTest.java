package org.clinicverify.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PhoneFinderTest {

    @Test
    void aRepeatedRunIsJudgedAtEachPlaceItOccurs() {
        String text = "License # (512) 555-0188. Call (512) 555-0188 today, or (512) 555-0188 after hours.";

        List<PhoneFinder.Found> found = new PhoneFinder().find(text);

        assertEquals(List.of(new PhoneFinder.Found("+15125550188", text.indexOf("(512)", 20), text.indexOf("(512)", 20) + 14),
                new PhoneFinder.Found("+15125550188", text.lastIndexOf("(512)"), text.lastIndexOf("(512)") + 14)), found);
    }

    /** The cheap test before the label regex only skips texts the regex would not match. */
    @Test
    void identifierLabelsAreFoundAsTheRegexAloneFindsThem() {
        Random random = new Random(11);
        String[] pieces = {"npi", "NPI", "dea", "lic", "license", "tax id", "id", "sku", "order", "invoice", "number", "no",
            "num", "#", " ", ":", ".", "-", "_", "x", "é", "\u212A", "5", "call "};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String before = text.substring(Math.max(0, text.length() - 24)).toLowerCase(Locale.ROOT);

            boolean labelled = PhoneFinder.labelledAsIdentifier(text.toString(), text.length());

            assertEquals(PhoneFinder.IDENTIFIER_LABEL.matcher(before).find(), labelled, text.toString());
        }
    }
}
