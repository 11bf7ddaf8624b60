package org.clinicverify.score;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clinicverify.extract.Extractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The four figures of a labelled page set, each pinned at the level reached so that a rule change
 * that makes one worse fails. A subclass scores its set in a {@code @BeforeAll} and prints the report.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LabelledSetFloors {

    /** The lowest figures a set may show. */
    record Floors(double flagPrecision, double flagRecall, int maxProtectedFlagged, double macroF1) {
    }

    protected abstract Evaluation.Report report();

    protected abstract Floors floors();

    /** The assessor of the shipped rule book, with an empty REMS registry. */
    static PageAssessor shippedRules() {
        return new PageAssessor(new Extractor(),
                new Scorer(RuleBookLoader.load("classpath:score/rules.yml"), () -> RemsIndex.EMPTY),
                new ScoreSettings("classpath:score/rules.yml", 2_097_152), Clock.systemUTC());
    }

    /** Each folder under {@code root} scored once, in the order given. */
    static Map<String, Evaluation.Report> scoreEach(Path root, List<String> folders, PageAssessor assessor) throws IOException {
        Map<String, Evaluation.Report> reports = new LinkedHashMap<>();
        for (String folder : folders) {
            reports.put(folder, Evaluation.run(root.resolve(folder), assessor));
        }
        return reports;
    }

    /** The items of several reports as one report. */
    static Evaluation.Report combined(Collection<Evaluation.Report> reports) {
        return new Evaluation.Report(reports.stream().flatMap(r -> r.items().stream()).toList());
    }

    @Test
    void sellerFlagPrecisionHoldsItsLevel() {
        assertTrue(report().flagPrecision() >= floors().flagPrecision(), () -> "flag precision " + report().flagPrecision());
    }

    @Test
    void sellerFlagRecallHoldsItsLevel() {
        assertTrue(report().flagRecall() >= floors().flagRecall(), () -> "flag recall " + report().flagRecall());
    }

    @Test
    void protectedItemsFlaggedDoNotIncrease() {
        assertTrue(report().protectedButFlagged().size() <= floors().maxProtectedFlagged(),
                () -> "flagged: " + report().protectedButFlagged());
    }

    @Test
    void macroF1HoldsItsLevel() {
        assertTrue(report().macroF1() >= floors().macroF1(), () -> "macro-F1 " + report().macroF1());
    }
}
