package org.clinicverify.score;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.clinicverify.extract.Extractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes every verdict of the demo web and of every labelled page set (eval, eval2, eval3, score-dev, score-dev-hand) (category, flag, trust score,
 * signal ids with their evidence) to the file named by {@code -Dverdict.dump=FILE}, one line per
 * site or page, so that two versions of the scorer can be compared with diff. Not a check by itself.
 */
@EnabledIfSystemProperty(named = "verdict.dump", matches = ".+")
class VerdictDump {

    @Test
    void writesAllVerdicts() throws IOException {
        Scorer scorer = new Scorer(RuleBookLoader.load("classpath:score/rules.yml"), () -> RemsIndex.EMPTY);
        PageAssessor assessor = new PageAssessor(new Extractor(), scorer,
                new ScoreSettings("classpath:score/rules.yml", 2_097_152), Clock.systemUTC());
        List<String> lines = new ArrayList<>();
        DemoWeb.sites().forEach(site -> lines.add("demo " + site.id() + " " + line(scorer.scoreSite(site.id(), DemoWeb.pages(site)))));
        List<LabelledPages.Item> items = new ArrayList<>(LabelledPages.all());
        for (String root : List.of("src/test/resources/eval2", "src/test/resources/eval3", "src/test/resources/score-dev-hand")) {
            try (Stream<Path> folders = Files.walk(Path.of(root), 1)) {
                folders.filter(f -> Files.exists(f.resolve("labels.csv"))).sorted().forEach(f -> items.addAll(LabelledPages.in(f)));
            }
        }
        for (LabelledPages.Item item : items) {
            lines.add(item.set() + " " + item.id() + " " + line(assessor.assess(item.request())));
        }
        Files.write(Path.of(System.getProperty("verdict.dump")), lines, StandardCharsets.UTF_8);
    }

    private static String line(Verdict v) {
        StringBuilder out = new StringBuilder(v.category().id() + " " + v.flagged() + " " + v.trustScore());
        for (Signal s : v.signals()) {
            out.append(" | ").append(s.id()).append(' ').append(s.weight());
            s.evidence().forEach(e -> out.append(" <").append(e.snippet()).append(" @ ").append(e.url()).append('>'));
        }
        return out.toString().replace('\n', ' ');
    }
}
