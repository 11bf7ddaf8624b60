package org.clinicverify.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class PhoneFinderTest {

    @Test
    void aRepeatedRunIsJudgedAtEachPlaceItOccurs() {
        String text = "License # (512) 555-0188. Call (512) 555-0188 today, or (512) 555-0188 after hours.";

        List<PhoneFinder.Found> found = new PhoneFinder().find(text);

        assertEquals(List.of(new PhoneFinder.Found("+15125550188", text.indexOf("(512)", 20), text.indexOf("(512)", 20) + 14),
                new PhoneFinder.Found("+15125550188", text.lastIndexOf("(512)"), text.lastIndexOf("(512)") + 14)), found);
    }
}
