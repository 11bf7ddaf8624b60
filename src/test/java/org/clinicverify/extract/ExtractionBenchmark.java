package org.clinicverify.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.clinicverify.crawl.FetchedPage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints what extraction costs next to a plain Jsoup parse of the same ~100 KB page (no timing
 * assertions: figures vary with the machine). Run with -Dtest=ExtractionBenchmark.
 */
// Opt-in: mvn -o test -Dtest=ExtractionBenchmark -DargLine=-Dclinicverify.benchmark=true (figures, not a timed test).
@EnabledIfSystemProperty(named = "clinicverify.benchmark", matches = "true")
class ExtractionBenchmark {

    private static final int ROUNDS = 40;

    @Test
    void printsExtractionCostAgainstParseCost() throws IOException {
        FetchedPage page = hundredKilobytePage();
        Extractor extractor = new Extractor();
        for (int i = 0; i < 10; i++) { // warm up both paths
            Jsoup.parse(new ByteArrayInputStream(page.body()), "UTF-8", page.finalUrl().toString());
            extractor.extract(page);
        }

        long parse = 0;
        long extract = 0;
        for (int i = 0; i < ROUNDS; i++) {
            long t0 = System.nanoTime();
            Jsoup.parse(new ByteArrayInputStream(page.body()), "UTF-8", page.finalUrl().toString());
            long t1 = System.nanoTime();
            extractor.extract(page);
            long t2 = System.nanoTime();
            parse += t1 - t0;
            extract += t2 - t1;
        }

        System.out.printf("page %d KB: parse %.2f ms, extract %.2f ms (%.1fx parse)%n", page.body().length / 1024,
                parse / 1e6 / ROUNDS, extract / 1e6 / ROUNDS, (double) extract / parse);
    }

    /** The bodies of several demo pages (clinic, team, seller, menu) concatenated into one ~100 KB page. */
    private static FetchedPage hundredKilobytePage() {
        List<String[]> sources = List.of(new String[] {"clearpath-ketamine-centers", "index.html"},
                new String[] {"clearpath-ketamine-centers", "team.html"}, new String[] {"buy-ketamine-online-shop", "products.html"},
                new String[] {"k-plug-direct-menu", "index.html"}, new String[] {"k-chems-supplier", "catalog.html"},
                new String[] {"meridian-mood", "clinicians.html"});
        StringBuilder body = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>Benchmark</title></head><body>");
        while (body.length() < 100 * 1024) {
            for (String[] s : sources) {
                String html = new String(DemoWeb.page(s[0], s[1]).body(), StandardCharsets.UTF_8);
                int from = html.indexOf("<body");
                int to = html.lastIndexOf("</body>");
                body.append(html, from < 0 ? 0 : html.indexOf('>', from) + 1, to < 0 ? html.length() : to);
            }
        }
        body.append("</body></html>");
        return DemoWeb.html("bench.html", body.toString());
    }
}
