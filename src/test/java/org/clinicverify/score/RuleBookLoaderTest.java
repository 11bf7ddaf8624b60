package org.clinicverify.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.clinicverify.SettingException;
import org.junit.jupiter.api.Test;

class RuleBookLoaderTest {

    private static String bundled() throws IOException {
        try (InputStream in = RuleBookLoaderTest.class.getClassLoader().getResourceAsStream("score/rules.yml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void bundledRulesLoadWithTheirVersion() {
        RuleBook book = RuleBookLoader.load("classpath:score/rules.yml");

        assertTrue(book.version().startsWith("rules-"), book.version());
    }

    @Test
    void patternThatDoesNotCompileIsReportedWithItsRule() throws IOException {
        String broken = bundled().replace("'medical director', ", "'medical (director', ");

        SettingException e = assertThrows(SettingException.class, () -> RuleBookLoader.parse(broken, "rules.yml"));

        assertTrue(e.getMessage().contains("(medical-director)") && e.getMessage().contains("does not compile"), e.getMessage());
    }

    @Test
    void redFlagWithPositiveWeightIsRejected() throws IOException {
        String broken = bundled().replace("weight: -12\n    explanation: Sells ketamine", "weight: 12\n    explanation: Sells ketamine");

        SettingException e = assertThrows(SettingException.class, () -> RuleBookLoader.parse(broken, "rules.yml"));

        assertTrue(e.getMessage().contains("(no-prescription): weight 12 has the wrong sign"), e.getMessage());
    }

    @Test
    void markerWithAWeightIsRejected() throws IOException {
        String broken = bundled().replace("kind: marker\n    weight: 0\n    explanation: The page is a company's own press release.",
                "kind: marker\n    weight: 2\n    explanation: The page is a company's own press release.");

        SettingException e = assertThrows(SettingException.class, () -> RuleBookLoader.parse(broken, "rules.yml"));

        assertTrue(e.getMessage().contains("(press-release): weight 2 for kind marker, which counts toward nothing (weight 0)"),
                e.getMessage());
    }

    @Test
    void denialAnswersComeFromTheRulesFile() throws IOException {
        // Without the section a provider's "Do you accept crypto? No." is read as the offer it denies; a broken
        // pattern in it is named.
        String faq = "Ketamine infusions, FAQ. Do you accept crypto or gift cards? No. We take cards and HSA.";
        String bundled = bundled();
        String without = bundled.replaceAll("(?s)\ndenial-answers:\n(  - [^\n]*\n)+", "\n");
        Scorer withDenials = new Scorer(RuleBookLoader.parse(bundled, "rules.yml"), () -> RemsIndex.EMPTY);
        Scorer withoutDenials = new Scorer(RuleBookLoader.parse(without, "rules.yml"), () -> RemsIndex.EMPTY);
        String broken = bundled.replace("\ndenial-answers:\n", "\ndenial-answers:\n  - 'no (unclosed'\n");

        assertFalse(without.contains("denial-answers"));
        assertFalse(fired(withDenials, faq).contains("crypto-payment"), fired(withDenials, faq).toString());
        assertTrue(fired(withoutDenials, faq).contains("crypto-payment"), fired(withoutDenials, faq).toString());
        SettingException e = assertThrows(SettingException.class, () -> RuleBookLoader.parse(broken, "rules.yml"));
        assertTrue(e.getMessage().contains("denial-answers"), e.getMessage());
    }

    private static List<String> fired(Scorer scorer, String text) {
        return scorer.assessPage(Pages.text("https://example-clinic.test/faq", text)).signals().stream().map(Signal::id).toList();
    }

    @Test
    void ownSaleIsForMarkersOnly() throws IOException {
        RuleBook book = RuleBookLoader.load("classpath:score/rules.yml");
        String onARedFlag = bundled().replace("weight: -12\n    explanation: Sells ketamine", "weight: -12\n    own-sale: true\n    explanation: Sells ketamine");

        assertTrue(book.rule("order-contact").orElseThrow().ownSale());
        SettingException e = assertThrows(SettingException.class, () -> RuleBookLoader.parse(onARedFlag, "rules.yml"));
        assertTrue(e.getMessage().contains("(no-prescription): own-sale is for markers (kind marker), not kind red"), e.getMessage());
    }

    @Test
    void otherGoodsIsForMarkersOnly() throws IOException {
        RuleBook book = RuleBookLoader.load("classpath:score/rules.yml");
        String onARedFlag = bundled().replace("weight: -12\n    explanation: Sells ketamine", "weight: -12\n    other-goods: true\n    explanation: Sells ketamine");

        assertTrue(book.rule("other-goods").orElseThrow().otherGoods());
        assertFalse(book.rule("order-contact").orElseThrow().otherGoods());
        SettingException e = assertThrows(SettingException.class, () -> RuleBookLoader.parse(onARedFlag, "rules.yml"));
        assertTrue(e.getMessage().contains("(no-prescription): other-goods is for markers (kind marker), not kind red"), e.getMessage());
    }

    @Test
    void tradeFlagsSayWhetherTheyStandAlone() throws IOException {
        RuleBook book = RuleBookLoader.load("classpath:score/rules.yml");
        RuleBook.Rule noPrescription = book.rules().stream().filter(r -> r.id().equals("no-prescription")).findFirst().orElseThrow();
        RuleBook.Rule researchChemical = book.rules().stream().filter(r -> r.id().equals("research-chemical")).findFirst().orElseThrow();
        String unknown = bundled().replace("    trade: paired\n", "    trade: sometimes\n");

        assertEquals(RuleBook.Trade.PAIRED, noPrescription.trade());
        assertEquals(RuleBook.Trade.ALONE, researchChemical.trade());
        SettingException e = assertThrows(SettingException.class, () -> RuleBookLoader.parse(unknown, "rules.yml"));
        assertTrue(e.getMessage().contains("(no-prescription).trade: expected true, false or paired, got sometimes"), e.getMessage());
    }

    @Test
    void unknownTargetAndCaseSensitiveMetadataAreRejected() throws IOException {
        String unknown = bundled().replace("in: [text, title, url, meta]", "in: [text, title, url, alt]");
        String caseSensitive = bundled().replace("in: [text, title, url, meta]", "in: [text, title, url, meta]\n    case-sensitive: true");

        SettingException e1 = assertThrows(SettingException.class, () -> RuleBookLoader.parse(unknown, "rules.yml"));
        SettingException e2 = assertThrows(SettingException.class, () -> RuleBookLoader.parse(caseSensitive, "rules.yml"));

        assertTrue(e1.getMessage().contains("(mentions-ketamine).in: unknown target 'alt'"), e1.getMessage());
        assertTrue(e2.getMessage().contains("(mentions-ketamine): a case-sensitive rule cannot read meta"), e2.getMessage());
    }

    @Test
    void missingRequiredSignalIsNamed() throws IOException {
        String broken = bundled().replace("id: valid-npi", "id: valid-npi-number");

        SettingException e = assertThrows(SettingException.class, () -> RuleBookLoader.parse(broken, "rules.yml"));

        assertTrue(e.getMessage().contains("lacks the signals the scorer needs: valid-npi"), e.getMessage());
    }

    @Test
    void invalidYamlNamesTheSetting() {
        SettingException e = assertThrows(SettingException.class, () -> RuleBookLoader.parse("version: [", "bad.yml"));

        assertTrue(e.getMessage().contains("bad.yml") && e.getMessage().contains("CLINICVERIFY_SCORE_RULES"), e.getMessage());
    }

    @Test
    void missingFileNamesTheSetting() {
        SettingException e = assertThrows(SettingException.class, () -> RuleBookLoader.load("/nonexistent/rules.yml"));

        assertEquals(true, e.getMessage().contains("/nonexistent/rules.yml"), e.getMessage());
    }
}
