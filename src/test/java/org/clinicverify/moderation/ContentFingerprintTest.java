package org.clinicverify.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContentFingerprintTest {

    private static final String SITE = DemoSiteText.of("global-pharma-discreet");

    @Test
    void isSixteenHexDigits() {
        assertTrue(ContentFingerprint.of(SITE).matches("[0-9a-f]{16}"));
    }

    @Test
    void ignoresCaseWhitespaceAndNumbers() {
        String variant = SITE.toUpperCase().replace(" ", "   ").replaceAll("\\d", "7");

        assertEquals(0, ContentFingerprint.distance(ContentFingerprint.of(SITE), ContentFingerprint.of(variant)));
    }

    @Test
    void anAddedSentenceMovesFewBits() {
        String edited = SITE + " Now shipping to Canada and Mexico with tracked delivery.";

        assertTrue(ContentFingerprint.distance(ContentFingerprint.of(SITE), ContentFingerprint.of(edited)) <= 4);
    }

    @Test
    void anotherSiteIsMateriallyDifferent() {
        String other = DemoSiteText.of("ketamine-for-sale-direct");

        assertTrue(ContentFingerprint.distance(ContentFingerprint.of(SITE), ContentFingerprint.of(other)) > 10);
    }

    @Test
    void comparesForeignFingerprintsForEquality() {
        assertEquals(64, ContentFingerprint.distance("sha256:abc", "sha256:abd"));
    }
}
