package org.clinicverify.score;

import java.time.Clock;
import java.util.stream.Stream;

import org.clinicverify.crawl.FetchedPage;
import org.clinicverify.extract.Extractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Assessing extracts only what the scorer reads ({@link Extractor.Scope#SCORING}). That is safe only
 * while the scorer reads nothing else: on every labelled page and demo site, the verdict from the
 * scoring extraction must equal the verdict from the full one, evidence included.
 */
class ScoringScopeTest {

    private static final Extractor EXTRACTOR = new Extractor();
    private static final Scorer SCORER = new Scorer(RuleBookLoader.load("classpath:score/rules.yml"), () -> RemsIndex.EMPTY);
    private static final PageAssessor ASSESSOR = new PageAssessor(EXTRACTOR, SCORER,
            new ScoreSettings("classpath:score/rules.yml", 2_097_152), Clock.systemUTC());

    static Stream<LabelledPages.Item> labelledPages() {
        return LabelledPages.all().stream();
    }

    static Stream<DemoWeb.Site> demoSites() {
        return DemoWeb.sites();
    }

    @ParameterizedTest
    @MethodSource("labelledPages")
    void labelledPageGetsTheSameVerdictFromTheScoringExtraction(LabelledPages.Item item) {
        FetchedPage page = ASSESSOR.page(item.request());

        Verdict scoring = SCORER.assessPage(EXTRACTOR.extract(page, Extractor.Scope.SCORING));

        assertEquals(SCORER.assessPage(EXTRACTOR.extract(page, Extractor.Scope.FULL)), scoring);
    }

    @ParameterizedTest
    @MethodSource("demoSites")
    void demoSiteGetsTheSameVerdictFromTheScoringExtraction(DemoWeb.Site site) {
        Verdict scoring = SCORER.scoreSite(site.id(), DemoWeb.pages(site, Extractor.Scope.SCORING));

        assertEquals(SCORER.scoreSite(site.id(), DemoWeb.pages(site, Extractor.Scope.FULL)), scoring);
    }
}
