package org.clinicverify.score;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.clinicverify.crawl.FetchedPage;
import org.clinicverify.extract.ExtractedPage;
import org.clinicverify.extract.Extractor;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints assess throughput on a ~100 KB page next to bare Jsoup parsing of the same page, in the
 * same run, and the cost of scoring alone (the extracted page handed to the scorer). Figures only: no assertion on time (machines differ).
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
        Extractor extractor = new Extractor();
        Scorer scorer = new Scorer(RuleBookLoader.load("classpath:score/rules.yml"), () -> RemsIndex.EMPTY);
        PageAssessor assessor = new PageAssessor(extractor, scorer,
                new ScoreSettings("classpath:score/rules.yml", 2_097_152), Clock.systemUTC());
        AssessRequest request = new AssessRequest("https://shop.test/product/ketamine", page, null);
        URI url = URI.create(request.url());
        ExtractedPage extracted = extractor.extract(new FetchedPage(url, url, 200, "text/html", Map.of(),
                page.getBytes(StandardCharsets.UTF_8), Instant.EPOCH));

        for (int i = 0; i < WARMUP; i++) {
            Jsoup.parse(page);
            assessor.assess(request);
            scorer.assessPage(extracted);
        }
        long parse = 0;
        long assess = 0;
        long score = 0;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            Jsoup.parse(page).body().text();
            long t1 = System.nanoTime();
            assessor.assess(request);
            long t2 = System.nanoTime();
            scorer.assessPage(extracted);
            long t3 = System.nanoTime();
            parse += t1 - t0;
            assess += t2 - t1;
            score += t3 - t2;
        }

        System.out.printf(Locale.ROOT, "BENCHMARK page %d chars: jsoup parse %.2f ms, assess (extract + score) %.2f ms, ratio %.2f%n",
                page.length(), parse / 1e6 / RUNS, assess / 1e6 / RUNS, (double) assess / parse);
        System.out.printf(Locale.ROOT, "BENCHMARK scoring alone (Scorer.assessPage on the extracted page) %.2f ms, ratio to parse %.2f%n",
                score / 1e6 / RUNS, (double) score / parse);
    }
}
