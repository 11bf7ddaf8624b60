package org.clinicverify.score;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.clinicverify.extract.Extractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The hand-written development set (src/test/resources/score-dev-hand, batches 1, 2, 4, 5
 * and 6: the pages the rules are tuned on): prints the figures and every mistake, and pins the figures reached so a
 * rule change that makes them worse fails. Batch 3 is blind: it is only printed when the
 * environment variable HAND_BLIND=1 is set, so that tuning does not look at it. Measured once after
 * tuning ended (rules-2026.12.06-10): flag precision 1.000, recall 0.923, none protected flagged,
 * macro-F1 0.924 (rules-2026.11.22-3: 0.923, 0.923, 0, 0.872).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandDevSetTest {

    private static final Path ROOT = Path.of("src/test/resources/score-dev-hand");

    private PageAssessor assessor;
    private Evaluation.Report report;

    @BeforeAll
    void evaluate() throws IOException {
        assessor = new PageAssessor(new Extractor(),
                new Scorer(RuleBookLoader.load("classpath:score/rules.yml"), () -> RemsIndex.EMPTY),
                new ScoreSettings("classpath:score/rules.yml", 2_097_152), Clock.systemUTC());
        List<Evaluation.Item> items = new ArrayList<>();
        items.addAll(Evaluation.run(ROOT.resolve("batch1"), assessor).items());
        items.addAll(Evaluation.run(ROOT.resolve("batch2"), assessor).items());
        items.addAll(Evaluation.run(ROOT.resolve("batch4"), assessor).items());
        items.addAll(Evaluation.run(ROOT.resolve("batch5"), assessor).items());
        items.addAll(Evaluation.run(ROOT.resolve("batch6"), assessor).items());
        report = new Evaluation.Report(List.copyOf(items));
        System.out.println("HAND DEV SET (batches 1, 2, 4, 5, 6)\n" + report.format());
        if ("1".equals(System.getenv("HAND_BLIND"))) {
            System.out.println("HAND BLIND BATCH 3\n" + Evaluation.run(ROOT.resolve("batch3"), assessor).format());
        }
    }

    @Test
    void sellerFlagPrecisionHoldsItsLevel() {
        assertTrue(report.flagPrecision() >= FLOOR_PRECISION, () -> "flag precision " + report.flagPrecision());
    }

    @Test
    void sellerFlagRecallHoldsItsLevel() {
        assertTrue(report.flagRecall() >= FLOOR_RECALL, () -> "flag recall " + report.flagRecall());
    }

    @Test
    void protectedItemsFlaggedDoNotIncrease() {
        assertTrue(report.protectedButFlagged().size() <= MAX_PROTECTED_FLAGGED, () -> "flagged: " + report.protectedButFlagged());
    }

    @Test
    void macroF1HoldsItsLevel() {
        assertTrue(report.macroF1() >= FLOOR_MACRO_F1, () -> "macro-F1 " + report.macroF1());
    }

    // rules-2026.12.06-7 on batches 1, 2, 4, 5 and 6 (136 pages): precision 1.000, recall 1.000,
    // none protected flagged, macro-F1 1.000 (tuned on these pages: the blind batch 3 is the honest
    // figure). rules-2026.12.06-6 on them: 1.000, 1.000, 0, 0.975 (batch 6: 3 of 12 clinic/telehealth
    // pages wrong). rules-2026.12.06-4 on batches 1, 2, 4, 5: 0.974, 0.974, 0, 0.940 (batch 5 new); rules-2026.12.06-2: 1.000, 0.971, 0, 0.992; rules-2026.12.06-1: 1.000, 0.971, 0,
    // 0.900 (batch 4 articles read as clinics); rules-2026.11.22-3 on batches 1-2: 0.821, 0.885, 3, 0.835.
    private static final double FLOOR_PRECISION = 1.0;
    private static final double FLOOR_RECALL = 1.0;
    private static final int MAX_PROTECTED_FLAGGED = 0;
    private static final double FLOOR_MACRO_F1 = 0.99;
}
