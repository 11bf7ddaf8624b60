package org.clinicverify.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** US addresses written in text and phones in E.164. */
class LocationAndPhoneTest {

    private final Extractor extractor = new Extractor();

    @Test
    void addressOnTwoLinesWithSuiteIsALocationWithThePhoneBelowIt() {
        ExtractedPage page = extractor.extract(DemoWeb.page("clearpath-ketamine-centers", "locations.html"));

        assertTrue(page.locations().contains(new PracticeLocation("Dallas", "3120 McKinney Ave, Suite 200", "Dallas", "TX",
                "75204", "US", "+12145550126", null, null, null)), page.locations().toString());
    }

    @Test
    void locationsPageListsEveryLocationOnce() {
        ExtractedPage page = extractor.extract(DemoWeb.page("clearpath-ketamine-centers", "locations.html"));

        assertEquals(List.of("Austin", "Dallas", "San Antonio"), page.locations().stream().map(PracticeLocation::city).toList());
    }

    @Test
    void addressOnOneLineWithSuiteIsFound() {
        String html = "<footer>Meridian Mood Medical Group, PC &middot; 1600 Stout St, Suite 1450, Denver, CO 80202 &middot; (720) 555-0183</footer>";

        ExtractedPage page = extractor.extract(DemoWeb.html("f.html", html));

        assertEquals(List.of(new PracticeLocation(null, "1600 Stout St, Suite 1450", "Denver", "CO", "80202", "US",
                "+17205550183", null, null, null)), page.locations());
    }

    @Test
    void addressElementIsReadLikeAnyText() {
        String html = "<address>Lakeshore Mood Center<br>233 N Michigan Ave<br>Chicago, IL 60601</address>";

        ExtractedPage page = extractor.extract(DemoWeb.html("a.html", html));

        assertEquals(List.of(new PracticeLocation("Lakeshore Mood Center", "233 N Michigan Ave", "Chicago", "IL", "60601",
                "US", null, null, null, null)), page.locations());
    }

    @Test
    void cityStateAndZipWithoutStreetIsNotALocation() {
        ExtractedPage page = extractor.extract(DemoWeb.html("c.html", "<p>We serve patients near Austin, TX 78704.</p>"));

        assertEquals(List.of(), page.locations());
    }

    @Test
    void sameAddressInJsonLdAndFooterIsOneLocation() {
        ExtractedPage page = extractor.extract(DemoWeb.page("clearpath-ketamine-centers", "index.html"));

        assertEquals(1, page.locations().size(), page.locations().toString());
        assertEquals("Mo-Th 07:30-18:30; Fr 07:30-16:00; Sa 09:00-13:00", page.locations().get(0).openingHours());
    }

    @Test
    void phonesInEveryUsStyleBecomeE164() {
        String html = "<p>(512) 555-0147, 512-555-0148, +1 512 555 0149, 512.555.0150 and 1-800-555-0100</p>";

        ExtractedPage page = extractor.extract(DemoWeb.html("p.html", html));

        assertEquals(List.of("+15125550147", "+15125550148", "+15125550149", "+15125550150", "+18005550100"), page.phones());
    }

    @Test
    void npiNumbersYearsAndPricesAreNotPhones() {
        String html = "<p>NPI 2629189152 &middot; since 2014 &middot; $1,250.00 &middot; order #5125550188</p>";

        ExtractedPage page = extractor.extract(DemoWeb.html("n.html", html));

        assertEquals(List.of(), page.phones());
    }

    @Test
    void telLinksCountAsPhones() {
        ExtractedPage page = extractor.extract(DemoWeb.html("t.html", "<a href=\"tel:+12065550123\">Call us</a>"));

        assertEquals(List.of("+12065550123"), page.phones());
    }

    @Test
    void teamPageNpisAreNotTakenForPhones() {
        ExtractedPage page = extractor.extract(DemoWeb.page("clearpath-ketamine-centers", "team.html"));

        assertFalse(page.phones().contains("+12629189152"), page.phones().toString());
    }
}
