package org.clinicverify.score;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.clinicverify.extract.ExtractedPage;
import org.clinicverify.extract.Extractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What the text model adds to scoring: the benchmark's three ~100 KB pages ({@link AssessBenchmark}),
 * scored with the shipped rules and model and with the rules alone, alternately, in thread CPU time.
 * Figures only. {@code mvn -o test -Dtest=TextModelCost -Dclinicverify.benchmark=true}
 */
@EnabledIfSystemProperty(named = "clinicverify.benchmark", matches = "true")
class TextModelCost {

    private static final int RUNS = 30;

    @Test
    void printsTheModelsShareOfScoring() throws IOException {
        RuleBook book = RuleBookLoader.load("classpath:score/rules.yml");
        Scorer withModel = new Scorer(book, () -> RemsIndex.EMPTY);
        Scorer rulesOnly = new Scorer(book.withTextModel(null), () -> RemsIndex.EMPTY);
        PageAssessor assessor = new PageAssessor(new Extractor(), withModel, new ScoreSettings("classpath:score/rules.yml", 2_097_152),
                Clock.systemUTC());
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<String> names = List.of("clinic", "padded seller", "navigation");
        List<AssessRequest> pages = List.of(new AssessRequest("https://clearpath.test/", AssessBenchmark.clinicPage(), null),
                new AssessRequest("https://shop.test/product/ketamine", AssessBenchmark.paddedShopPage(), null),
                new AssessRequest("https://news.test/", AssessBenchmark.navigationPage(), null));
        for (int i = 0; i < pages.size(); i++) {
            ExtractedPage page = assessor.extract(pages.get(i));
            long model = 0;
            long rules = 0;
            long assess = 0;
            for (int run = -5; run < RUNS; run++) {
                long t0 = cpu.getCurrentThreadCpuTime();
                withModel.assessPage(page);
                long t1 = cpu.getCurrentThreadCpuTime();
                rulesOnly.assessPage(page);
                long t2 = cpu.getCurrentThreadCpuTime();
                assessor.assess(pages.get(i));
                long t3 = cpu.getCurrentThreadCpuTime();
                if (run >= 0) {
                    model += t1 - t0;
                    rules += t2 - t1;
                    assess += t3 - t2;
                }
            }
            System.out.printf(Locale.ROOT, "TEXTMODEL COST %s page: scoring %.2f ms with the model, %.2f ms rules alone (+%.1f%%); "
                    + "assess (extract + score) %.2f ms (model +%.1f%% of it)%n", names.get(i), model / 1e6 / RUNS, rules / 1e6 / RUNS,
                    100.0 * (model - rules) / rules, assess / 1e6 / RUNS, 100.0 * (model - rules) / assess);
        }
    }
}
