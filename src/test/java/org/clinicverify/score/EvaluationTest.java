package org.clinicverify.score;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

import org.clinicverify.extract.Extractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The held-out evaluation set (src/test/resources/eval, written by someone else; the rules are not
 * tuned to its items). Asserts the figures reached, printed with the confusion matrix.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationTest {

    private Evaluation.Report report;

    @BeforeAll
    void evaluate() throws IOException {
        PageAssessor assessor = new PageAssessor(new Extractor(),
                new Scorer(RuleBookLoader.load("classpath:score/rules.yml"), () -> RemsIndex.EMPTY),
                new ScoreSettings("classpath:score/rules.yml", 2_097_152), Clock.systemUTC());
        report = Evaluation.run(Path.of("src/test/resources/eval"), assessor);
        System.out.println(report.format());
    }

    // Targets: flag precision >= 0.98, recall >= 0.95, no telehealth/informational item flagged,
    // macro-F1 >= 0.93. Not reached yet. rules-2026.11.22-3: 0.882 / 0.857 / 4 / 0.799;
    // rules-2026.12.06-10: 0.908 / 0.843 / 3 / 0.848 (one more seller missed, accepted for the gains in
    // precision, protected pages and macro-F1). These assertions pin what is reached so that a change
    // that makes it worse fails.

    @Test
    void sellerFlagPrecisionHoldsItsLevel() {
        assertTrue(report.flagPrecision() >= 0.90, () -> "flag precision " + report.flagPrecision());
    }

    @Test
    void sellerFlagRecallHoldsItsLevel() {
        assertTrue(report.flagRecall() >= 0.84, () -> "flag recall " + report.flagRecall());
    }

    @Test
    void atMostThreeTelehealthOrInformationalItemsAreFlagged() {
        assertTrue(report.protectedButFlagged().size() <= 3, () -> "flagged: " + report.protectedButFlagged());
    }

    @Test
    void macroF1HoldsItsLevel() {
        assertTrue(report.macroF1() >= 0.84, () -> "macro-F1 " + report.macroF1());
    }
}
