package org.clinicverify.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClinicianTest {

    private final Extractor extractor = new Extractor();

    @Test
    void doctorWithDottedCredentialsRoleAndNpi() {
        ExtractedPage page = extractor.extract(Fixtures.page("clinicians.html"));

        assertEquals(new Clinician("Jane Smith", List.of("MD", "PhD"), "Medical Director", "1234567893"), page.clinicians().get(0));
    }

    @Test
    void nursePractitionerWithBoardCertificationAndHashNpi() {
        ExtractedPage page = extractor.extract(Fixtures.page("clinicians.html"));

        assertTrue(page.clinicians().contains(new Clinician("Priya Natarajan", List.of("PMHNP-BC"),
                "Psychiatric nurse practitioner", "1497758544")), page.clinicians().toString());
    }

    @Test
    void clinicianWithoutNpiHasNone() {
        ExtractedPage page = extractor.extract(Fixtures.page("clinicians.html"));

        assertTrue(page.clinicians().contains(new Clinician("John Doe", List.of("CRNA"), "Nurse anesthetist", null)),
                page.clinicians().toString());
    }

    @Test
    void therapistCredentialIsKept() {
        ExtractedPage page = extractor.extract(Fixtures.page("clinicians.html"));

        assertTrue(page.clinicians().contains(new Clinician("Maria Lopez", List.of("LCSW"), "Integration therapist", null)),
                page.clinicians().toString());
    }

    @Test
    void placeFollowedByStateAndZipIsNotAClinician() {
        ExtractedPage page = extractor.extract(Fixtures.page("clinicians.html"));

        assertTrue(page.clinicians().stream().noneMatch(c -> c.name().contains("Spring")), page.clinicians().toString());
    }

    @Test
    void doctorNamedWithoutCredentialsIsListedOnceAndOnlyIfNew() {
        ExtractedPage page = extractor.extract(Fixtures.page("clinicians.html"));

        assertEquals(List.of("Jane Smith", "Priya Natarajan", "John Doe", "Maria Lopez", "Alan Brooks"),
                page.clinicians().stream().map(Clinician::name).toList());
    }

    @Test
    void demoTeamPageListsAllFiveClinicians() {
        ExtractedPage page = extractor.extract(DemoWeb.page("clearpath-ketamine-centers", "team.html"));

        assertEquals(List.of(new Clinician("Andrew Fairbanks", List.of("MD"), "Chief medical officer, anesthesiology", "1247903846"),
                new Clinician("Lydia Chen", List.of("MD"), "Anesthesiologist, Dallas", "2824152526"),
                new Clinician("Hector Villarreal", List.of("CRNA"), "Nurse anesthetist, San Antonio", "1450600774"),
                new Clinician("Brooke Simmons", List.of("CRNA"), "Nurse anesthetist, Austin", "1006168078"),
                new Clinician("Megan Albright", List.of("PMHNP-BC", "NP"), "Psychiatric nurse practitioner, all locations", "2629189152")),
                page.clinicians());
    }
}
