package org.clinicverify.score;

import java.nio.file.Files;
import java.time.Clock;
import java.util.Locale;

import org.clinicverify.extract.Extractor;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints assess throughput on a ~100 KB page next to bare Jsoup parsing of the same page, in the
 * same run. Figures only: no assertion on time (machines differ).
 */
// Opt-in: mvn -o test -Dtest=AssessBenchmark -DargLine=-Dclinicverify.benchmark=true (figures, not a timed test).
@EnabledIfSystemProperty(named = "clinicverify.benchmark", matches = "true")
class AssessBenchmark {

    private static final int WARMUP = 5;
    private static final int RUNS = 20;

    @Test
    void printsAssessCostRelativeToParsing() throws Exception {
        String shop = Files.readString(DemoWeb.ROOT.resolve("ketamine-for-sale-direct/index.html"));
        String paragraph = "<p>Ketamine is a dissociative anesthetic first made in 1962. Researchers study it for depression, "
                + "and clinics give it by infusion under monitoring. Side effects include nausea and raised blood pressure.</p>\n";
        StringBuilder html = new StringBuilder(shop.replace("</body>", ""));
        while (html.length() < 100_000) {
            html.append("<div class=\"post\"><h2>More about ketamine</h2>").append(paragraph.repeat(5)).append("</div>\n");
        }
        html.append("</body></html>");
        String page = html.toString();
        PageAssessor assessor = new PageAssessor(new Extractor(),
                new Scorer(RuleBookLoader.load("classpath:score/rules.yml"), () -> RemsIndex.EMPTY),
                new ScoreSettings("classpath:score/rules.yml", 2_097_152), Clock.systemUTC());
        AssessRequest request = new AssessRequest("https://shop.test/product/ketamine", page, null);

        for (int i = 0; i < WARMUP; i++) {
            Jsoup.parse(page);
            assessor.assess(request);
        }
        long parse = 0;
        long assess = 0;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            Jsoup.parse(page).body().text();
            long t1 = System.nanoTime();
            assessor.assess(request);
            long t2 = System.nanoTime();
            parse += t1 - t0;
            assess += t2 - t1;
        }

        System.out.printf(Locale.ROOT, "BENCHMARK page %d chars: jsoup parse %.2f ms, assess (extract + score) %.2f ms, ratio %.2f%n",
                page.length(), parse / 1e6 / RUNS, assess / 1e6 / RUNS, (double) assess / parse);
    }
}
