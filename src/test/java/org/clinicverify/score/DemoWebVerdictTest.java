package org.clinicverify.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every demo site, scored from all its pages, gets the verdict its site.yml expects. */
class DemoWebVerdictTest {

    private static final Scorer SCORER = new Scorer(RuleBookLoader.load("classpath:score/rules.yml"), () -> RemsIndex.EMPTY);

    static java.util.stream.Stream<DemoWeb.Site> sites() {
        return DemoWeb.sites();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void siteGetsTheExpectedCategoryAndFlag(DemoWeb.Site site) {
        Verdict verdict = SCORER.scoreSite(site.id(), DemoWeb.pages(site));

        assertEquals(site.category() + "/" + site.flagged(), verdict.category() + "/" + verdict.flagged(),
                () -> site.id() + ": " + verdict.signals().stream().map(s -> s.id() + " :: " + s.evidence().get(0).snippet()).toList());
    }
}
