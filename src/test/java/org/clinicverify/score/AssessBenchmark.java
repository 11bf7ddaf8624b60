package org.clinicverify.score;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.clinicverify.extract.ExtractedPage;
import org.clinicverify.extract.Extractor;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints assess throughput (extract + score, as {@link PageAssessor} runs it) next to bare Jsoup
 * parsing of the same pages ({@code Jsoup.parse(html).body().text()}), measured alternately in the
 * same run so that the ratio survives a noisy machine; also scoring alone (the extracted page handed
 * to the scorer). Pages: every labelled page (eval and score-dev sets), and three ~100 KB pages: a
 * clinic (a demo clinic's pages one after another), a shop padded with generic text, and a
 * navigation page (a news site with a long list of links). Figures only: no assertion on time.
 *
 * <p>Times are the thread's CPU time, so that time the thread spends descheduled on a shared machine
 * is not counted; each 100 KB page also gets the median of its per-run ratios, steadier than the
 * ratio of sums when a few runs are disturbed.
 */
// Opt-in: mvn -o test -Dtest=AssessBenchmark -Dclinicverify.benchmark=true (figures, not a timed test).
@EnabledIfSystemProperty(named = "clinicverify.benchmark", matches = "true")
class AssessBenchmark {

    private static final int PAGE_SIZE = 100_000;
    private static final int WARMUP_PASSES = 3;
    private static final int LABELLED_PASSES = 5;
    private static final int BIG_PAGE_RUNS = 20;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final Scorer scorer = new Scorer(RuleBookLoader.load("classpath:score/rules.yml"), () -> RemsIndex.EMPTY);
    private final PageAssessor assessor = new PageAssessor(new Extractor(), scorer,
            new ScoreSettings("classpath:score/rules.yml", 2_097_152), Clock.systemUTC());

    @Test
    void printsAssessCostRelativeToParsing() throws IOException {
        System.out.println("BENCHMARK load average " + Files.readString(Path.of("/proc/loadavg")).strip());
        List<AssessRequest> labelled = LabelledPages.all().stream().map(LabelledPages.Item::request).toList();
        List<AssessRequest> big = List.of(
                new AssessRequest("https://clearpath.test/", clinicPage(), null),
                new AssessRequest("https://shop.test/product/ketamine", paddedShopPage(), null),
                new AssessRequest("https://news.test/", navigationPage(), null));
        for (int i = 0; i < WARMUP_PASSES; i++) {
            measure(labelled, 1);
            big.forEach(r -> measure(List.of(r), 2));
        }

        Figures all = measure(labelled, LABELLED_PASSES);
        System.out.printf(Locale.ROOT, "BENCHMARK %d labelled pages: parse %.0f us/page, assess %.0f us/page (%.1fx parse), "
                + "scoring alone %.0f us/page (%.1fx)%n", labelled.size(), all.parse() / 1e3 / all.pages(),
                all.assess() / 1e3 / all.pages(), all.assessRatio(), all.score() / 1e3 / all.pages(), all.scoreRatio());
        for (String name : List.of("clinic", "padded seller", "navigation")) {
            AssessRequest request = big.get(List.of("clinic", "padded seller", "navigation").indexOf(name));
            Figures f = measure(List.of(request), BIG_PAGE_RUNS);
            System.out.printf(Locale.ROOT, "BENCHMARK %s page %d chars: parse %.2f ms, assess %.2f ms (%.1fx parse), "
                    + "scoring alone %.2f ms (%.1fx); median of runs: assess %.2fx, scoring %.2fx%n", name, request.html().length(),
                    f.parse() / 1e6 / f.pages(), f.assess() / 1e6 / f.pages(), f.assessRatio(), f.score() / 1e6 / f.pages(),
                    f.scoreRatio(), f.medianAssessRatio(), f.medianScoreRatio());
        }
        System.out.println("BENCHMARK load average " + Files.readString(Path.of("/proc/loadavg")).strip());
    }

    /**
     * Thread CPU nanoseconds spent parsing, assessing and scoring the requests {@code passes} times,
     * interleaved page by page, and the per-run ratios to the parse of the same run.
     */
    private record Figures(long parse, long assess, long score, int pages, double[] assessRatios, double[] scoreRatios) {

        double medianAssessRatio() {
            return median(assessRatios);
        }

        double medianScoreRatio() {
            return median(scoreRatios);
        }

        private static double median(double[] values) {
            double[] sorted = values.clone();
            java.util.Arrays.sort(sorted);
            return sorted[sorted.length / 2];
        }

        double assessRatio() {
            return (double) assess / parse;
        }

        double scoreRatio() {
            return (double) score / parse;
        }
    }

    private Figures measure(List<AssessRequest> requests, int passes) {
        List<ExtractedPage> extracted = new ArrayList<>();
        requests.forEach(r -> extracted.add(assessor.extract(r)));
        long parse = 0;
        long assess = 0;
        long score = 0;
        double[] assessRatios = new double[passes * requests.size()];
        double[] scoreRatios = new double[passes * requests.size()];
        int k = 0;
        for (int pass = 0; pass < passes; pass++) {
            for (int i = 0; i < requests.size(); i++) {
                AssessRequest r = requests.get(i);
                long t0 = CPU.getCurrentThreadCpuTime();
                Jsoup.parse(r.html() != null ? r.html() : r.text()).body().text();
                long t1 = CPU.getCurrentThreadCpuTime();
                assessor.assess(r);
                long t2 = CPU.getCurrentThreadCpuTime();
                scorer.assessPage(extracted.get(i));
                long t3 = CPU.getCurrentThreadCpuTime();
                parse += t1 - t0;
                assess += t2 - t1;
                score += t3 - t2;
                assessRatios[k] = (double) (t2 - t1) / Math.max(1, t1 - t0);
                scoreRatios[k++] = (double) (t3 - t2) / Math.max(1, t1 - t0);
            }
        }
        return new Figures(parse, assess, score, requests.size() * passes, assessRatios, scoreRatios);
    }

    /** A demo clinic's pages (home, team, services, locations ...) one after another, to ~100 KB. */
    static String clinicPage() throws IOException {
        Path site = DemoWeb.ROOT.resolve("clearpath-ketamine-centers");
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        String home = Files.readString(site.resolve("index.html"));
        StringBuilder html = new StringBuilder(home.substring(0, home.indexOf("</body>")));
        while (html.length() < PAGE_SIZE) {
            for (Path p : pages) {
                html.append(body(Files.readString(p)));
            }
        }
        return html.append("</body></html>").toString();
    }

    /** A shop page padded with generic paragraphs about ketamine, to ~100 KB. */
    static String paddedShopPage() throws IOException {
        String shop = Files.readString(DemoWeb.ROOT.resolve("ketamine-for-sale-direct/index.html"));
        String paragraph = "<p>Ketamine is a dissociative anesthetic first made in 1962. Researchers study it for depression, "
                + "and clinics give it by infusion under monitoring. Side effects include nausea and raised blood pressure.</p>\n";
        StringBuilder html = new StringBuilder(shop.replace("</body>", ""));
        while (html.length() < PAGE_SIZE) {
            html.append("<div class=\"post\"><h2>More about ketamine</h2>").append(paragraph.repeat(5)).append("</div>\n");
        }
        return html.append("</body></html>").toString();
    }

    /** A news site's home page with a long archive menu: mostly links, little prose, to ~100 KB. */
    static String navigationPage() throws IOException {
        String news = Files.readString(DemoWeb.ROOT.resolve("mindwell-health-news/index.html"));
        StringBuilder html = new StringBuilder(news.substring(0, news.indexOf("</body>"))).append("<nav><ul>\n");
        for (int i = 1; html.length() < PAGE_SIZE; i++) {
            html.append("<li><a href=\"/articles/").append(i).append("-ketamine-research.html\">Ketamine research, part ")
                    .append(i).append("</a> <a href=\"https://partner").append(i % 40).append(".example/\">partner</a></li>\n");
        }
        return html.append("</ul></nav></body></html>").toString();
    }

    private static String body(String page) {
        int open = page.indexOf("<body");
        int close = page.lastIndexOf("</body>");
        return page.substring(open < 0 ? 0 : page.indexOf('>', open) + 1, close < 0 ? page.length() : close);
    }
}
