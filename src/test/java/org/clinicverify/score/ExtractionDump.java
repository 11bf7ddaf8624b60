package org.clinicverify.score;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.clinicverify.extract.ExtractedPage;
import org.clinicverify.extract.Extractor;
import org.clinicverify.extract.StructuredItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the whole (full-scope) {@link ExtractedPage} (every field, as the records print themselves) of every
 * demo-web page and every labelled page to the file named by {@code -Dextraction.dump=FILE}, one
 * line per page, so that two versions of the extractor can be compared with cmp or diff. Not a
 * check by itself: the safety net when the extractor's mechanics change but its output must not.
 */
@EnabledIfSystemProperty(named = "extraction.dump", matches = ".+")
class ExtractionDump {

    @Test
    void writesAllExtractedPages() throws IOException {
        Scorer scorer = new Scorer(RuleBookLoader.load("classpath:score/rules.yml"), () -> RemsIndex.EMPTY);
        Extractor extractor = new Extractor();
        PageAssessor assessor = new PageAssessor(extractor, scorer,
                new ScoreSettings("classpath:score/rules.yml", 2_097_152), Clock.systemUTC());
        List<String> lines = new ArrayList<>();
        DemoWeb.sites().forEach(site -> DemoWeb.pages(site).forEach(page -> lines.add("demo " + site.id() + " " + line(page))));
        for (LabelledPages.Item item : LabelledPages.all()) {
            lines.add(item.set() + " " + item.id() + " " + line(extractor.extract(assessor.page(item.request()))));
        }
        Files.write(Path.of(System.getProperty("extraction.dump")), lines, StandardCharsets.UTF_8);
    }

    /** The page as it prints itself, structured items with their properties sorted (Map.copyOf has no stable order). */
    private static String line(ExtractedPage page) {
        List<StructuredItem> sorted = page.structuredItems().stream()
                .map(i -> new StructuredItem(i.type(), i.source(), new TreeMap<>(i.properties()))).toList();
        ExtractedPage stable = new ExtractedPage(page.url(), page.canonicalUrl(), page.language(), page.title(), page.text(), page.metadata(),
                page.links(), page.robotsNoindex(), page.robotsNofollow(), sorted, page.locations(), page.clinicians(),
                page.treatments(), page.conditions(), page.insurance(), page.phones(), page.shop());
        return stable.toString().replace("\n", "\\n");
    }
}
