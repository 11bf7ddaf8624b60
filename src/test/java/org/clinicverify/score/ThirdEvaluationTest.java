package org.clinicverify.score;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;

/**
 * The third held-out set (src/test/resources/eval3: parts 35-37, 120 pages by three independent
 * authors, written 2026-12-07 and committed before any scorer run): short texts, products and prices,
 * and the general mix. Measured once per shipped scorer; never tuned on. Prints the report and pins
 * the figures reached.
 */
class ThirdEvaluationTest extends LabelledSetFloors {

    private static final Path ROOT = Path.of("src/test/resources/eval3");
    private static final List<String> PARTS = List.of("part35", "part36", "part37");

    private Evaluation.Report report;

    @BeforeAll
    void evaluate() throws IOException {
        report = combined(scoreEach(ROOT, PARTS, shippedRules()).values());
        System.out.println("THIRD HELD-OUT SET (" + String.join(", ", PARTS) + ")\n" + report.format());
    }

    // rules-2026.12.07-40 + tm-2026.12.07-6 (the scorer shipped before the set was written), measured
    // once: flag precision 0.932, recall 0.976, three informational pages flagged, macro-F1 0.939.
    // rules-2026.12.07-41 + tm-2026.12.07-7 (tuned and retrained on batches 38 and 39, written on the
    // same angles by other authors), measured once: 0.953, 0.976, two informational pages flagged, 0.947.
    // rules-2026.12.07-42 + tm-2026.12.07-8 (tuned and retrained on batches 34 and 41-43), measured once:
    // 0.976, 0.976, one informational page flagged, 0.956; rules-2026.12.07-43 + tm-2026.12.07-9 and -44 + tm-9:
    // the same. rules-2026.12.07-47 + tm-9 (tuned on batches 50-52; blind batches no worse), measured once:
    // 0.977, 1.000, one informational page flagged, 0.963; -48 + tm-9 to -69 + tm-9 (-61 not shipped), each measured once: the same;
    // -69 + tm-2026.12.07-11 (retrained on every tuning batch through 105) , -70 + tm-11, -71 + tm-11 and -72 + tm-11, each measured once: the same.
    // -78 + tm-11 (-73 to -77 not measured here) , -79 + tm-11 and -80 + tm-11, each measured once: the same.
    // -81, -84, -85, -87, -88 and -89 + tm-11 (-82, -83 and -86 not measured here), each measured once: the same.
    // Caveat: after -63 was decided, a careless grep of the test output printed three of this set's mistake
    // lines (ids, URLs, expected and given categories: a seller's FAQ missed, two telehealth pages of one
    // provider miscategorised); their pages were not read and nothing was tuned on them.
    private static final Floors FLOORS = new Floors(0.976, 0.999, 1, 0.962);

    @Override
    protected Evaluation.Report report() {
        return report;
    }

    @Override
    protected Floors floors() {
        return FLOORS;
    }
}
