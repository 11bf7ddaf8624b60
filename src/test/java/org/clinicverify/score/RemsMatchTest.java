package org.clinicverify.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo REMS registry against the demo sites that claim certification (formatting differs on purpose). */
class RemsMatchTest {

    private static final RemsIndex INDEX = registry();
    private static final Scorer SCORER = new Scorer(RuleBookLoader.load("classpath:score/rules.yml"), () -> INDEX);

    private static RemsIndex registry() {
        try (var reader = Files.newBufferedReader(DemoWeb.ROOT.resolve("rems-registry.csv"), StandardCharsets.UTF_8)) {
            return new RemsIndex(RemsCsv.read(reader));
        } catch (IOException | RemsCsv.BadFile e) {
            throw new IllegalStateException(e);
        }
    }

    private static Verdict score(String siteId) {
        DemoWeb.Site site = DemoWeb.sites().filter(s -> s.id().equals(siteId)).findFirst().orElseThrow();
        return SCORER.scoreSite(siteId, DemoWeb.pages(site));
    }

    private static List<String> ids(Verdict verdict) {
        return verdict.signals().stream().map(Signal::id).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bluebonnet-spravato-center", "crescent-city-psychiatry", "desert-bloom-psychiatry",
            "elliott-bay-esketamine", "lakeshore-mood-center", "lakeview-university-psychiatry", "mile-high-mood-center",
            "murray-hill-interventional-psychiatry", "northcoast-behavioral-health", "peachtree-spravato-tms"})
    void certifiedSiteMatchesTheRegistry(String siteId) {
        Verdict verdict = score(siteId);

        assertTrue(verdict.badges().contains("REMS-certified (registry)"), () -> ids(verdict).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"cedar-ridge-behavioral-health", "prairie-wind-psychiatry"})
    void claimantMissingFromTheRegistryIsShownAsUnverified(String siteId) {
        Verdict verdict = score(siteId);

        assertEquals(List.of(true, false), List.of(ids(verdict).contains("rems-claim-unverified"),
                ids(verdict).contains("rems-registry-match")));
    }

    @Test
    void sellerClaimingSpravatoDoesNotMatch() {
        Verdict verdict = score("spravato-nasal-direct");

        assertTrue(!ids(verdict).contains("rems-registry-match") && verdict.flagged());
    }

    @Test
    void registryMatchNamesTheCertificationId() {
        Verdict verdict = score("mile-high-mood-center");

        String snippet = verdict.signals().stream().filter(s -> s.id().equals("rems-registry-match")).findFirst()
                .orElseThrow().evidence().get(0).snippet();
        assertTrue(snippet.contains("SPR-CO-001984"), snippet);
    }

    @Test
    void namesDropLegalFormsPunctuationAndCase() {
        assertEquals(RemsNormalizer.name("Mile High Mood Center"), RemsNormalizer.name("\"Mile High Mood Center, P.C.\""));
    }

    @Test
    void dbaGivesBothNames() {
        assertEquals(List.of("peachtree psychiatric associates", "peachtree spravato and tms"),
                RemsNormalizer.names("Peachtree Psychiatric Associates dba Peachtree Spravato & TMS"));
    }

    @Test
    void addressesAgreeAcrossAbbreviations() {
        assertEquals(RemsNormalizer.address("3801 E. 1st Ave., Ste 400"), RemsNormalizer.address("3801 East First Avenue Suite 400"));
    }

    @Test
    void hashSuiteIsASuite() {
        assertEquals(RemsNormalizer.address("2125 Western Ave, Suite 300"), RemsNormalizer.address("2125 Western Avenue #300"));
    }

    @Test
    void phonesCompareByTheirTenDigits() {
        assertEquals(Stream.of("+1-212-555-0162", "(212) 555-0162", "212.555.0162", "+12125550162").map(RemsNormalizer::phoneDigits).distinct().toList(),
                List.of("2125550162"));
    }
}
