package org.clinicverify.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clinicverify.SettingException;
import org.junit.jupiter.api.Test;

class TextModelTest {

    private static final String SHOP = "buy ketamine powder stealth shipping bitcoin accepted order now per gram";
    private static final String NEWS = "the court said police seized ketamine reporters health officials warned";

    private static final String CLINIC = "our clinic infusion appointment doctor office visit";
    private static final String TELE = "video visit online telehealth prescriber from home";

    /** A small model trained on a few pages: seller words against news words. */
    private static TextModel small() {
        return small(false);
    }

    /** The same, the sellers learned a second time padded with a non-seller page's words when {@code pad}. */
    private static TextModel small(boolean pad) {
        List<TextModelTrainer.Example> examples = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            examples.add(example(SHOP + " extra" + i, Category.SELLER));
            examples.add(example(NEWS + " extra" + i, Category.INFORMATIONAL));
            examples.add(example(CLINIC + " extra" + i, Category.CLINIC));
            examples.add(example(TELE + " extra" + i, Category.TELEHEALTH));
        }
        return TextModelTrainer.train("text-model-test", examples, new TextModelTrainer.Settings(2, 1e-3, 100, 0.5, pad));
    }

    private static TextModelTrainer.Example example(String text, Category category) {
        Set<String> names = new HashSet<>();
        TextFeatures.names("", text, " ", List.of(), names::add);
        return new TextModelTrainer.Example(names, category);
    }

    private static TextModelSettings settings(TextModel model) {
        return new TextModelSettings(model, 0.55, 0.5, 1, 0.5, 0.6, 0.8, -8);
    }

    /** The shipped thresholds (rules.yml), any number of features enough to overrule. */
    private static TextModelSettings shipped(TextModel model) {
        return new TextModelSettings(model, 0.55, 0.6, 1, 0.5, 0.6, 0.8, -8);
    }

    private static TextModelJudge.Rules rules(Category category, boolean flagged, TextModelJudge.Branch branch, int anyRed, boolean drug) {
        return new TextModelJudge.Rules(category, flagged, branch, drug, drug ? anyRed : 0, anyRed, false, 0, false, false, false, false, 0, 0, false, false);
    }

    @Test
    void trainingIsDeterministic() {
        String first = TextModelFile.format(small(), List.of("test"));
        String second = TextModelFile.format(small(), List.of("test"));
        assertEquals(first, second);
        assertEquals(first, TextModelFile.format(TextModelFile.parse(first, "test"), List.of("test")), "the file reads back to itself");
    }

    @Test
    void featuresFoldCaseAccentsAndDigitsAndHashAsTheirNames() {
        List<String> names = new ArrayList<>();
        String text = Literals.lower("Depresión 50 MG, ÉTAT");
        TextFeatures.names("", text, " shop example ", List.of("price-list"), names::add);
        assertEquals(List.of("w:depresion", "w:00", "b:depresion_00", "w:mg", "b:00_mg", "w:etat", "b:mg_etat", "u:shop", "u:example",
                "r:price-list"), names);
        List<Long> hashes = new ArrayList<>();
        TextFeatures.hashes("", text, " shop example ", List.of("price-list"), hashes::add);
        assertEquals(names.stream().map(TextFeatures::hash).toList(), hashes);
        assertEquals(names.size(), new HashSet<>(hashes).size(), "distinct features, distinct hashes");
    }

    @Test
    void sellerWordsWithoutARuleRedFlagAreNotFlagged() {
        TextModel model = small();
        TextModel.Opinion o = model.opinion(model.read("", SHOP, " ", List.of()));
        assertTrue(o.probability(Category.SELLER) > 0.55, o.probabilities().toString());
        TextModelJudge.Outcome out = TextModelJudge.judge(rules(Category.INFORMATIONAL, false, TextModelJudge.Branch.UNDECIDED, 0, true),
                o, settings(model), "https://x.test/");
        assertFalse(out.flagged());
        TextModelJudge.Outcome noDrug = TextModelJudge.judge(rules(Category.INFORMATIONAL, false, TextModelJudge.Branch.UNDECIDED, 2, false),
                o, settings(model), "https://x.test/");
        assertFalse(noDrug.flagged(), "red flags on a page that never names the drug (and no trade flag) do not count");
        TextModelJudge.Outcome backed = TextModelJudge.judge(rules(Category.INFORMATIONAL, false, TextModelJudge.Branch.UNDECIDED, 1, true),
                o, settings(model), "https://x.test/");
        assertTrue(backed.flagged());
        assertEquals(TextModelJudge.SELLER_ID, backed.signal().id());
        assertEquals(-8, backed.signal().weight());
    }

    @Test
    void aProtectedPageWithoutTwoDecisiveFlagsIsNeverFlaggedByTheModel() {
        TextModel model = small();
        TextModel.Opinion o = model.opinion(model.read("", SHOP, " ", List.of()));
        for (TextModelJudge.Branch branch : List.of(TextModelJudge.Branch.PROTECTED, TextModelJudge.Branch.REVIEW)) {
            TextModelJudge.Outcome out = TextModelJudge.judge(rules(Category.INFORMATIONAL, false, branch, 3, true), o, settings(model), "u");
            assertFalse(out.flagged(), branch.name());
            assertEquals(Category.INFORMATIONAL, out.category(), branch.name());
        }
    }

    @Test
    void aProtectedPageWithTwoDecisiveFlagsIsFlaggedOnlyWhenTheModelIsSureItReadsAsTheShop() {
        // A shop's sales block inside a long "guide": the article-like framing protects it, its two decisive
        // flags and a model sure it reads as a seller do not let it.
        TextModel model = small();
        TextModel.Opinion o = model.opinion(model.read("", SHOP, " ", List.of()));
        double seller = o.probability(Category.SELLER);
        TextModelSettings sure = new TextModelSettings(model, 0.55, 0.6, 1, 0.5, 0.6, seller - 0.01, -8);
        TextModelSettings unsure = new TextModelSettings(model, 0.55, 0.6, 1, 0.5, 0.6, seller + 0.01, -8);
        TextModelJudge.Outcome flagged = TextModelJudge.judge(protectedPage(2, false), o, sure, "u");
        assertTrue(flagged.flagged(), o.probabilities().toString());
        assertEquals(Category.SELLER, flagged.category());
        assertEquals(TextModelJudge.SELLER_ID, flagged.signal().id());
        assertFalse(TextModelJudge.judge(protectedPage(2, false), o, unsure, "u").flagged(), "below seller-over-framing");
        assertFalse(TextModelJudge.judge(protectedPage(1, false), o, sure, "u").flagged(), "one decisive flag: news quoting an offer");
        assertFalse(TextModelJudge.judge(protectedPage(2, true), o, sure, "u").flagged(), "an established provider quoting scam ads");

        TextModel.Opinion news = model.opinion(model.read("", NEWS, " ", List.of()));
        assertFalse(TextModelJudge.judge(protectedPage(2, false), news,
                new TextModelSettings(model, 0.55, 0.6, 1, 0.5, 0.6, 0.8, -8), "u").flagged(), "a report the model reads as news");
    }

    private static TextModelJudge.Rules protectedPage(int decisive, boolean established) {
        return new TextModelJudge.Rules(Category.INFORMATIONAL, false, TextModelJudge.Branch.PROTECTED, true, 3, 3, false, decisive,
                established, true, false, false, 0, 30, false, false);
    }

    @Test
    void aProtectedPageIsNotMadeAProvider() {
        TextModel model = small();
        TextModel.Opinion o = model.opinion(model.read("", "our clinic infusion appointment doctor office visit", " ", List.of()));
        assertEquals(Category.CLINIC, o.best());
        TextModelJudge.Outcome out = TextModelJudge.judge(rules(Category.INFORMATIONAL, false, TextModelJudge.Branch.PROTECTED, 0, true),
                o, settings(model), "u");
        assertEquals(Category.INFORMATIONAL, out.category());
        TextModelJudge.Outcome undecided = TextModelJudge.judge(rules(Category.INFORMATIONAL, false, TextModelJudge.Branch.UNDECIDED, 0, true),
                o, settings(model), "u");
        assertEquals(Category.CLINIC, undecided.category());
        assertEquals(TextModelJudge.CATEGORY_ID, undecided.signal().id());
    }

    @Test
    void aProviderPageAContextOutweighedIsNamedWhenTheRulesSawCareNoNewsOrAnEstablishedProviderAndTheModelIsSure() {
        TextModel model = small();
        TextModel.Opinion o = model.opinion(model.read("", CLINIC, " ", List.of()));
        assertTrue(o.probability(Category.CLINIC) >= 0.6, "clinic " + o.probability(Category.CLINIC));
        for (TextModelJudge.Branch branch : List.of(TextModelJudge.Branch.PROTECTED, TextModelJudge.Branch.REVIEW)) {
            TextModelJudge.Rules sawCare = new TextModelJudge.Rules(Category.INFORMATIONAL, false, branch, true, 0, 0, false, 0,
                    false, true, false, true, 10, 0, false, false);
            TextModelJudge.Rules reported = new TextModelJudge.Rules(Category.INFORMATIONAL, false, branch, true, 0, 0, false, 0,
                    false, true, true, true, 10, 0, false, false);
            TextModelJudge.Outcome named = TextModelJudge.judge(sawCare, o, shipped(model), "u");
            TextModelJudge.Outcome news = TextModelJudge.judge(reported, o, shipped(model), "u");
            TextModelJudge.Outcome unsure = TextModelJudge.judge(sawCare, o,
                    new TextModelSettings(model, 0.55, 0.6, 1, 0.5, o.probability(Category.CLINIC) + 0.01, 0.8, -8), "u");

            assertEquals(List.of(Category.CLINIC, false), List.of(named.category(), named.flagged()), branch.name());
            assertEquals(TextModelJudge.CATEGORY_ID, named.signal().id(), branch.name());
            assertEquals(Category.INFORMATIONAL, unsure.category(), branch.name());
            assertEquals(Category.INFORMATIONAL, news.category(), "a news story quoting a clinic: " + branch.name());

            TextModelJudge.Rules establishedQuotingNews = new TextModelJudge.Rules(Category.INFORMATIONAL, false, branch, true, 0, 0,
                    false, 0, true, true, true, true, 30, 0, false, false);
            assertEquals(Category.CLINIC, TextModelJudge.judge(establishedQuotingNews, o, shipped(model), "u").category(),
                    "a clinic with named prescribers whose scam warning quotes the press: " + branch.name());
        }
    }

    @Test
    void theEvidenceQuotesWordsOfThePage() {
        TextModel model = small();
        String page = "Court report 2024: " + NEWS + ". Officials said more.";
        TextModel.Opinion o = model.opinion(model.read("", Literals.lower(page), " ", List.of()));
        TextModelJudge.Outcome out = TextModelJudge.judge(rules(Category.SELLER, true, TextModelJudge.Branch.SELLER, 2, true),
                o, settings(model), "https://news.test/a");
        assertFalse(out.flagged(), "a flag the page's words do not back is withdrawn");
        Signal signal = out.signal();
        assertEquals(TextModelJudge.DOUBT_ID, signal.id());
        assertEquals("https://news.test/a", signal.evidence().get(0).url());
        Matcher quoted = Pattern.compile("\"([^\"]+)\"").matcher(signal.evidence().get(0).snippet());
        String folded = TextFeatures.fold(page).replaceAll(" +", " ");
        int n = 0;
        while (quoted.find()) {
            assertTrue((" " + folded + " ").contains(" " + quoted.group(1) + " "), quoted.group(1) + " in " + folded);
            assertTrue(quoted.group(1).chars().anyMatch(Character::isLetter), "numbers are read as 0s: not quoted");
            n++;
        }
        assertTrue(n > 0, signal.evidence().get(0).snippet());
    }

    @Test
    void aSellerPaddedWithGenericMedicalTextKeepsItsFlag() {
        String padded = SHOP + " " + CLINIC + " " + NEWS;
        TextModelJudge.Rules flagged = rules(Category.SELLER, true, TextModelJudge.Branch.SELLER, 3, true);
        TextModel plain = small(false);
        TextModel.Opinion po = plain.opinion(plain.read("", padded, " ", List.of()));
        TextModelJudge.Outcome lost = TextModelJudge.judge(flagged, po, shipped(plain), "u");
        assertFalse(lost.flagged(), "trained without padding, the model reads the padding and doubts: " + po.probabilities());
        TextModel robust = small(true);
        TextModel.Opinion ro = robust.opinion(robust.read("", padded, " ", List.of()));
        TextModelJudge.Outcome kept = TextModelJudge.judge(flagged, ro, shipped(robust), "u");
        assertTrue(kept.flagged(), ro.probabilities().toString());
        assertEquals(Category.SELLER, kept.category());
        assertNull(kept.signal());
    }

    @Test
    void aSingleWeakFlagOnAPageThatReadsAsNewsIsStillWithdrawn() {
        TextModel robust = small(true);
        TextModel.Opinion o = robust.opinion(robust.read("", NEWS, " ", List.of()));
        assertTrue(o.probability(Category.INFORMATIONAL) > 0.8, o.probabilities().toString());
        TextModelJudge.Outcome out = TextModelJudge.judge(rules(Category.SELLER, true, TextModelJudge.Branch.SELLER, 1, true), o,
                shipped(robust), "u");
        assertFalse(out.flagged());
        assertEquals(Category.INFORMATIONAL, out.category());
        assertEquals(TextModelJudge.DOUBT_ID, out.signal().id());
    }

    @Test
    void onABotCheckTheModelDoesNotOverruleTheAddress() {
        TextModel robust = small(true);
        TextModel.Opinion o = robust.opinion(robust.read("", NEWS, " ", List.of()));
        TextModelJudge.Rules flaggedByUrl = new TextModelJudge.Rules(Category.SELLER, true, TextModelJudge.Branch.SELLER, true, 2, 2,
                false, 1, false, false, false, false, 0, 20, true, false);
        TextModelJudge.Outcome out = TextModelJudge.judge(flaggedByUrl, o, shipped(robust), "u");
        assertTrue(out.flagged(), o.probabilities().toString());
        assertEquals(Category.SELLER, out.category());
        assertNull(out.signal());
    }

    @Test
    void aSalesPostWithADecisiveFlagKeepsItsFlagWhenTheModelReadsAnArticle() {
        TextModel robust = small(true);
        TextModel.Opinion o = robust.opinion(robust.read("", NEWS, " ", List.of()));
        TextModelJudge.Rules oneFlag = new TextModelJudge.Rules(Category.SELLER, true, TextModelJudge.Branch.SELLER, true, 2, 2,
                true, 1, false, true, false, false, 0, 18, false, true);
        TextModelJudge.Rules noDecisiveFlag = new TextModelJudge.Rules(Category.SELLER, true, TextModelJudge.Branch.SELLER, true, 3, 3,
                true, 0, false, true, false, false, 0, 17, false, true);
        TextModelJudge.Rules notASalesPost = new TextModelJudge.Rules(Category.SELLER, true, TextModelJudge.Branch.SELLER, true, 3, 3,
                true, 2, false, true, false, false, 0, 28, false, false);

        assertTrue(TextModelJudge.judge(oneFlag, o, shipped(robust), "u").flagged(), o.probabilities().toString());
        assertFalse(TextModelJudge.judge(noDecisiveFlag, o, shipped(robust), "u").flagged());
        assertFalse(TextModelJudge.judge(notASalesPost, o, shipped(robust), "u").flagged(), "news quoting two sellers' offers");
    }

    @Test
    void twoDecisiveFlagsKeepTheFlagOnAPageTheModelReadsAsAProvider() {
        // A "wellness centre" that sells the drug with no prescription for crypto reads as a clinic to the model;
        // a real clinic does not show two decisive red flags. One flag is still the model's to doubt.
        TextModel robust = small(true);
        TextModel.Opinion o = robust.opinion(robust.read("", CLINIC, " ", List.of()));
        assertEquals(Category.CLINIC, o.best(), o.probabilities().toString());
        TextModelJudge.Rules twoFlags = new TextModelJudge.Rules(Category.SELLER, true, TextModelJudge.Branch.SELLER, true, 4, 4,
                false, 2, false, false, false, true, 2, 33, false, false);
        TextModelJudge.Rules oneFlag = new TextModelJudge.Rules(Category.SELLER, true, TextModelJudge.Branch.SELLER, true, 2, 2,
                false, 1, false, false, false, true, 2, 17, false, false);

        TextModelJudge.Outcome kept = TextModelJudge.judge(twoFlags, o, shipped(robust), "u");
        assertTrue(kept.flagged());
        assertEquals(Category.SELLER, kept.category());
        TextModelJudge.Outcome doubted = TextModelJudge.judge(oneFlag, o, shipped(robust), "u");
        assertFalse(doubted.flagged());
        assertEquals(Category.CLINIC, doubted.category());
    }

    @Test
    void aTradeFlagKeepsTheFlagOnAPageTheModelReadsAsAProviderNotOnOneItReadsAsNews() {
        // "Free reshipment if customs seizes your parcel" on a page dressed as telehealth: no provider promises
        // that; a story about such shops is the model's to doubt.
        TextModel robust = small(true);
        TextModel.Opinion asClinic = robust.opinion(robust.read("", CLINIC, " ", List.of()));
        TextModel.Opinion asNews = robust.opinion(robust.read("", NEWS, " ", List.of()));
        TextModelJudge.Rules stealth = new TextModelJudge.Rules(Category.SELLER, true, TextModelJudge.Branch.SELLER, true, 1, 1,
                true, 1, false, false, false, true, 2, 13, false, false);
        TextModelJudge.Rules noTrade = new TextModelJudge.Rules(Category.SELLER, true, TextModelJudge.Branch.SELLER, true, 1, 1,
                false, 1, false, false, false, true, 2, 13, false, false);

        assertTrue(TextModelJudge.judge(stealth, asClinic, shipped(robust), "u").flagged(), asClinic.probabilities().toString());
        assertFalse(TextModelJudge.judge(noTrade, asClinic, shipped(robust), "u").flagged());
        assertFalse(TextModelJudge.judge(stealth, asNews, shipped(robust), "u").flagged(), asNews.probabilities().toString());
    }

    @Test
    void paddingAddsASellerCopyWithTheWordsOfAnotherPageOnly() {
        TextModelTrainer.Example seller = new TextModelTrainer.Example(Set.of("w:stealth", "u:shop", "r:price-per-unit"), Category.SELLER);
        TextModelTrainer.Example clinic = new TextModelTrainer.Example(Set.of("w:infusion", "b:our_clinic", "u:clinic", "r:phone"), Category.CLINIC);
        List<TextModelTrainer.Example> out = TextModelTrainer.padded(List.of(seller, clinic));
        assertEquals(3, out.size());
        assertEquals(new TextModelTrainer.Example(Set.of("w:stealth", "u:shop", "r:price-per-unit", "w:infusion", "b:our_clinic"),
                Category.SELLER), new TextModelTrainer.Example(Set.copyOf(out.get(2).features()), out.get(2).category()));
    }

    @Test
    void aShortPageGivesTheModelNoGroundToOverruleAFlag() {
        TextModel model = small();
        TextModel.Opinion o = model.opinion(model.read("", NEWS, " ", List.of()));
        TextModelSettings strict = new TextModelSettings(model, 0.55, 0.5, 1000, 0.5, 0.6, 0.8, -8);
        TextModelJudge.Outcome out = TextModelJudge.judge(rules(Category.SELLER, true, TextModelJudge.Branch.SELLER, 2, true), o, strict, "u");
        assertTrue(out.flagged());
        assertNull(out.signal());
    }

    @Test
    void theShippedRulesLoadTheShippedModel() {
        RuleBook book = RuleBookLoader.load("classpath:score/rules.yml");
        assertNotNull(book.textModel());
        assertTrue(book.textModel().model().version().startsWith("tm-"));
        assertTrue(book.textModel().model().size() > 1000);
        assertEquals(book.version() + "+" + book.textModel().model().version(), book.scorerVersion());
        assertEquals(book.scorerVersion(), new Scorer(book, () -> RemsIndex.EMPTY).version());
    }

    @Test
    void aPageReadsAsTheSortedIndicesOfTheFeaturesItsNamesGive() throws IOException {
        TextModel shipped = RuleBookLoader.load("classpath:score/rules.yml").textModel().model();
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < shipped.size(); i++) {
            byName.put(shipped.feature(i), i);
        }
        for (String text : List.of("", SHOP, NEWS, CLINIC + " " + TELE, Literals.lower(AssessBenchmark.paddedShopPage()),
                Literals.lower(AssessBenchmark.clinicPage()))) {
            Set<Integer> named = new TreeSet<>();
            TextFeatures.names("ketamine for sale", text, " shop ketamine ", List.of("cart-checkout"), n -> {
                if (byName.containsKey(n)) {
                    named.add(byName.get(n));
                }
            });
            int[] read = shipped.read("ketamine for sale", text, " shop ketamine ", List.of("cart-checkout"));
            assertEquals(List.copyOf(named), Arrays.stream(read).boxed().toList());
            assertTrue(text.length() < 1000 || read.length > 100, read.length + " features");
        }
    }

    @Test
    void aMalformedWeightsFileFailsWithItsLine() {
        String header = "version\tv1\nclasses\tclinic\ttelehealth\tseller\tinformational\nbias\t0\t0\t0\t0\n";
        SettingException notANumber = assertThrows(SettingException.class,
                () -> TextModelFile.parse(header + "w:shop\t0.1\tx\t0\t0\n", "weights.tsv"));
        assertEquals("text model weights.tsv line 4: weight 'x' is not a number", notANumber.getMessage());
        SettingException tooFew = assertThrows(SettingException.class,
                () -> TextModelFile.parse(header + "w:shop\t0.1\t0\n", "weights.tsv"));
        assertEquals("text model weights.tsv line 4: expected 4 weights after 'w:shop', got 2", tooFew.getMessage());
        SettingException badFeature = assertThrows(SettingException.class,
                () -> TextModelFile.parse(header + "shop\t0\t0\t0\t0\n", "weights.tsv"));
        assertTrue(badFeature.getMessage().contains("line 4: feature 'shop' is not w:, b:, u: or r:"), badFeature.getMessage());
        SettingException twice = assertThrows(SettingException.class,
                () -> TextModelFile.parse(header + "w:shop\t0\t0\t0\t0\nw:shop\t0\t0\t0\t0\n", "weights.tsv"));
        assertTrue(twice.getMessage().contains("w:shop is listed twice"), twice.getMessage());
        SettingException classes = assertThrows(SettingException.class,
                () -> TextModelFile.parse("version\tv1\nclasses\tseller\tclinic\n", "weights.tsv"));
        assertTrue(classes.getMessage().startsWith("text model weights.tsv line 2: expected 'classes"), classes.getMessage());
        SettingException empty = assertThrows(SettingException.class, () -> TextModelFile.parse("# nothing\n", "weights.tsv"));
        assertTrue(empty.getMessage().contains("incomplete"), empty.getMessage());
    }

    @Test
    void theRulesFileNamesAMissingModelClearly() {
        String rules = new String(readShippedRules(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("file: classpath:score/text-model.tsv", "file: classpath:score/no-such-model.tsv");
        SettingException e = assertThrows(SettingException.class, () -> RuleBookLoader.parse(rules, "rules.yml"));
        assertTrue(e.getMessage().contains("no text model resource score/no-such-model.tsv"), e.getMessage());
        String badProbability = new String(readShippedRules(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("seller-backs: 0.55", "seller-backs: 1.5");
        SettingException p = assertThrows(SettingException.class, () -> RuleBookLoader.parse(badProbability, "rules.yml"));
        assertTrue(p.getMessage().contains("text-model: 'seller-backs' must be a probability from 0 to 1, got 1.5"), p.getMessage());
        String longVersion = new String(readShippedRules(), java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("version: rules-\\S+", "version: rules-2026.12.07-35-with-a-long-suffix");
        SettingException v = assertThrows(SettingException.class, () -> RuleBookLoader.parse(longVersion, "rules.yml"));
        assertTrue(v.getMessage().contains("is longer than 40 characters, the size of listing.scorer_version"), v.getMessage());
        assertNull(RuleBookLoader.loadRulesOnly("classpath:score/rules.yml").textModel(), "training reads the rules alone");
    }

    private static byte[] readShippedRules() {
        try (var in = TextModelTest.class.getClassLoader().getResourceAsStream("score/rules.yml")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
