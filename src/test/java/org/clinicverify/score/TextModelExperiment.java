package org.clinicverify.score;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.clinicverify.extract.ExtractedPage;
import org.clinicverify.extract.Extractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Cross-validation of the text model against the rules alone: leave one batch out over the tuning
 * batches (score-dev-hand batches 1-23 and score-dev; 22 and 23 scored with today's rules, never tuned on
 * them), training on the others, and the figures of
 * each way of joining the model to the rules. Never reads the held-out sets. Figures only.
 *
 * <p>{@code mvn -o test -Dtest=TextModelExperiment -Dtextmodel.experiment=true} (figures, and
 * target/textmodel-cv.csv with every page's probabilities). The old rules files come from git history:
 * <pre>
 * mkdir -p target/old-rules; for v in 10 11 17 18 20 22 23 24 25 28 29 31; do
 *   c=$(git log --format=%h -S"version: rules-2026.12.06-$v
 * " -- src/main/resources/score/rules.yml | head -1)
 *   git show $c^:src/main/resources/score/rules.yml &gt; target/old-rules/$v.yml; done
 * </pre>
 * {@code -Dtextmodel.variants=backs,doubt,category;...} and {@code -Dtextmodel.trainer=...} try other
 * settings; {@code -Dtextmodel.ruleFeatures=false} trains on words only.
 */
class TextModelExperiment {

    private final RuleBook rules = RuleBookLoader.loadRulesOnly("classpath:score/rules.yml");
    private final PageAnalyzer rulesOnly = new PageAnalyzer(rules);
    private final PageAssessor assessor = new PageAssessor(new Extractor(), new Scorer(rules, () -> RemsIndex.EMPTY),
            new ScoreSettings("classpath:score/rules.yml", 2_097_152), Clock.systemUTC());

    /** Whether the rules that fired are features of the model too. */
    static final boolean RULE_FEATURES = !"false".equals(System.getProperty("textmodel.ruleFeatures"));

    record Page(String group, String id, Category category, boolean flag, String url, ExtractedPage page,
                TextModelTrainer.Example example) {
    }

    /**
     * The rules as they were before a batch was tuned on (score/README.md names the versions), read
     * from target/old-rules/NN.yml (extracted from git history): how the rules did on that batch when
     * it was unseen, approximately (today's code reads the old file).
     */
    static final Map<String, String> BLIND = Map.ofEntries(Map.entry("batch8", "10"), Map.entry("batch9", "10"),
            Map.entry("batch10", "11"), Map.entry("batch14", "17"), Map.entry("batch15", "18"), Map.entry("batch12", "20"),
            Map.entry("batch13", "20"), Map.entry("batch16", "22"), Map.entry("batch17", "23"), Map.entry("batch18", "24"),
            Map.entry("batch19", "25"), Map.entry("batch20", "28"), Map.entry("batch21", "29"), Map.entry("batch7", "31"),
            Map.entry("batch11", "31"), Map.entry("batch22", "current"), Map.entry("batch23", "current"));

    /**
     * A rule that keeps a flag the model doubts, tried on the rules' grounds ({@code -Dtextmodel.guards=none,strong,...}):
     * how often the doubt withdrew a seller's flag under each guard.
     */
    static final Map<String, Predicate<TextModelJudge.Rules>> GUARDS = guards();

    private static Map<String, Predicate<TextModelJudge.Rules>> guards() {
        Map<String, Predicate<TextModelJudge.Rules>> all = new LinkedHashMap<>();
        all.put("none", r -> false);
        all.put("decisive2", r -> r.decisive() >= 2);
        all.put("trade", TextModelJudge.Rules::trade);
        all.put("strong", r -> r.decisive() >= 2 || r.trade());
        all.put("red2", r -> r.ownRed() >= 2);
        all.put("red3", r -> r.ownRed() >= 3);
        all.put("strong|red3", r -> r.decisive() >= 2 || r.trade() || r.ownRed() >= 3);
        Map<String, Predicate<TextModelJudge.Rules>> out = new LinkedHashMap<>();
        for (String name : System.getProperty("textmodel.guards", String.join(",", all.keySet())).split(",")) {
            out.put(name, all.get(name));
        }
        return out;
    }

    /** Verdicts of one way of joining (settings variant and guard) and what its doubt and its seller flags did. */
    static final class Join {
        final List<Evaluation.Item> items = new ArrayList<>();
        int doubtRight, doubtWrong, sellerRight, sellerWrong, padKept, padLost;
        final List<String> changes = new ArrayList<>();

        void add(Page p, TextModelJudge.Rules r, TextModelJudge.Outcome o, boolean guarded, String reason) {
            Category category = guarded ? r.category() : o.category();
            boolean flagged = guarded ? r.flagged() : o.flagged();
            items.add(new Evaluation.Item(p.group() + "/" + p.id(), p.url(), p.category(), p.flag(), category, flagged));
            if (r.flagged() && !flagged) {
                if (p.flag()) doubtWrong++; else doubtRight++;
                changes.add((p.flag() ? "DOUBT WRONG " : "DOUBT RIGHT ") + reason + " -> " + category.id());
            } else if (!r.flagged() && flagged) {
                if (p.flag()) sellerRight++; else sellerWrong++;
                changes.add((p.flag() ? "SELLER RIGHT " : "SELLER WRONG ") + reason);
            }
        }

        String counts() {
            return String.format(Locale.ROOT, "doubt right %d wrong %d, seller right %d wrong %d; padded sellers kept %d lost %d",
                    doubtRight, doubtWrong, sellerRight, sellerWrong, padKept, padLost);
        }
    }

    /** Why the rules decided as they did, in short: the red flags, decisive count, trade, the seller probability. */
    private static String reason(Page p, RuleBook book, PageFindings f, TextModelJudge.Rules r, TextModel.Opinion o) {
        List<String> red = book.rules().stream().filter(x -> x.kind() == RuleBook.Kind.RED && f.hits().containsKey(x.id()))
                .map(RuleBook.Rule::id).toList();
        return String.format(Locale.ROOT, "%s/%s expected %s rules %s pSeller %.2f feats %d decisive %d ownRed %d trade %s red %s",
                Path.of(p.group()).getFileName(), p.id(), p.category().id(), r.category().id(), o.probability(Category.SELLER),
                o.present().length, r.decisive(), r.ownRed(), r.trade(), red);
    }

    @Test
    @EnabledIfSystemProperty(named = "textmodel.experiment", matches = "true")
    void crossValidates() throws IOException {
        Map<String, Join> joins = new LinkedHashMap<>();
        Map<String, Join> joins1521 = new LinkedHashMap<>();
        List<Page> pages = new ArrayList<>();
        for (String group : TextModelTraining.TRAINING) {
            pages.addAll(load(group));
        }
        List<TextModelSettings> variants = variants(null);
        Map<Integer, List<Evaluation.Item>> items = new LinkedHashMap<>();
        Map<Integer, List<Evaluation.Item>> blindItems = new LinkedHashMap<>();
        List<Evaluation.Item> rulesItems = new ArrayList<>();
        List<Evaluation.Item> blindRulesItems = new ArrayList<>();
        List<Evaluation.Item> modelItems = new ArrayList<>();
        Scorer plainScorer = new Scorer(rules, () -> RemsIndex.EMPTY);
        StringBuilder dump = new StringBuilder("group,id,category,flag,rules,rulesFlag,blind,blindFlag,pClinic,pTele,pSeller,pInfo,sellerWords,"
                + "branch,ownRed,anyRed,trade,drug,nfeat,decisive,established,info,care,bClinic,bTele,bSeller,bInfo,"
                + "curBranch,curInfo,curCare,final,finalFlag\n");
        for (String group : TextModelTraining.TRAINING) {
            String shortGroup = Path.of(group).getFileName().toString();
            long t0 = System.nanoTime();
            List<TextModelTrainer.Example> train = pages.stream().filter(p -> !p.group().equals(group)).map(Page::example).toList();
            List<Page> padding = pages.stream().filter(p -> p.group().equals(group) && !p.flag()).toList();
            int padNext = 0;
            TextModel model = TextModelTrainer.train("cv-" + group, train, TextModelTraining.SETTINGS);
            long t1 = System.nanoTime();
            List<TextModelSettings> vs = variants(model);
            PageAnalyzer analyzer = new PageAnalyzer(rules.withTextModel(vs.get(0)));
            List<Scorer> scorers = vs.stream().map(v -> new Scorer(rules.withTextModel(v), () -> RemsIndex.EMPTY)).toList();
            RuleBook old = !BLIND.containsKey(shortGroup) ? null : BLIND.get(shortGroup).equals("current") ? rules
                    : RuleBookLoader.loadRulesOnly("target/old-rules/" + BLIND.get(shortGroup) + ".yml");
            PageAnalyzer oldAnalyzer = old == null ? null : new PageAnalyzer(old.withTextModel(vs.get(0)));
            List<Scorer> oldScorers = old == null ? List.of() : vs.stream().map(v -> new Scorer(old.withTextModel(v), () -> RemsIndex.EMPTY)).toList();
            Scorer oldPlain = old == null ? null : new Scorer(old, () -> RemsIndex.EMPTY);
            for (Page p : pages.stream().filter(p -> p.group().equals(group)).toList()) {
                PageFindings withModel = analyzer.analyse(p.page());
                Verdict plain = plainScorer.decide(List.of(rulesOnly.analyse(p.page())));
                rulesItems.add(item(p, plain));
                TextModel.Opinion o = model.opinion(withModel.modelFeatures());
                modelItems.add(new Evaluation.Item(p.id(), p.url(), p.category(), p.flag(), o.best(), o.best() == Category.SELLER));
                for (int v = 0; v < vs.size(); v++) {
                    Verdict verdict = scorers.get(v).decide(List.of(withModel));
                    items.computeIfAbsent(v, k -> new ArrayList<>()).add(item(p, verdict));
                }
                Verdict blind = null;
                TextModelJudge.Rules grounds = null;
                TextModel.Opinion bo = null;
                if (old != null) {
                    PageFindings oldFindings = oldAnalyzer.analyse(p.page());
                    blind = oldPlain.decide(List.of(oldFindings));
                    grounds = oldPlain.grounds(List.of(oldFindings));
                    bo = model.opinion(oldFindings.modelFeatures());
                    blindRulesItems.add(item(p, blind));
                    String why = reason(p, old, oldFindings, grounds, bo);
                    // stress test: a seller the rules flag, padded with the words of a non-seller page of the same batch
                    TextModel.Opinion po = null;
                    if (grounds.flagged() && p.flag() && !padding.isEmpty()) {
                        Page q = padding.get(padNext++ % padding.size());
                        int[] words = model.read(Literals.lower(java.util.Objects.toString(q.page().title(), "")), Literals.lower(java.util.Objects.toString(q.page().text(), "")), " ", List.of());
                        po = model.opinion(TextModel.union(List.of(oldFindings.modelFeatures(), words)));
                    }
                    for (int v = 0; v < vs.size(); v++) {
                        TextModelJudge.Outcome out = TextModelJudge.judge(grounds, bo, vs.get(v), p.url());
                        for (var g : GUARDS.entrySet()) {
                            boolean guarded = grounds.flagged() && !out.flagged() && g.getValue().test(grounds);
                            String key = name(vs.get(v)) + " guard " + g.getKey();
                            joins.computeIfAbsent(key, k -> new Join()).add(p, grounds, out, guarded, why);
                            if (po != null) {
                                TextModelJudge.Outcome pout = TextModelJudge.judge(grounds, po, vs.get(v), p.url());
                                boolean kept = pout.flagged() || g.getValue().test(grounds);
                                joins.get(key).padKept += kept ? 1 : 0;
                                joins.get(key).padLost += kept ? 0 : 1;
                                if (!kept) {
                                    joins.get(key).changes.add("PADDED LOST " + why + " pPadded " + String.format(Locale.ROOT, "%.2f", po.probability(Category.SELLER)));
                                }
                            }
                            if (!"current".equals(BLIND.get(shortGroup))) {
                                joins1521.computeIfAbsent(key, k -> new Join()).add(p, grounds, out, guarded, why);
                            }
                        }
                    }
                    for (int v = 0; v < vs.size(); v++) {
                        Verdict verdict = oldScorers.get(v).decide(List.of(oldFindings));
                        blindItems.computeIfAbsent(v, k -> new ArrayList<>()).add(item(p, verdict));
                        if (v == 0 && (verdict.category() != blind.category() || verdict.flagged() != blind.flagged())) {
                            System.out.println("BLIND CHANGE " + shortGroup + "/" + p.id() + " expected " + p.category().id() + "/" + p.flag()
                                    + " rules " + blind.category().id() + "/" + blind.flagged() + " -> " + verdict.category().id() + "/"
                                    + verdict.flagged() + " " + verdict.signals().stream().filter(s -> s.id().startsWith("text-model"))
                                    .map(s -> s.evidence().get(0).snippet()).toList());
                        }
                    }
                }
                TextModelJudge.Rules current = plainScorer.grounds(List.of(withModel));
                Evaluation.Item finalItem = items.get(0).get(items.get(0).size() - 1); // variant 0 on this page
                String currentColumns = String.format(Locale.ROOT, ",%s,%s,%s,%s,%s", current.branch(), current.infoContext(),
                        current.careContext(), finalItem.actual().id(), finalItem.flagged());
                dump.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%s,%s,%s,%s,%.4f,%.4f,%.4f,%.4f,\"%s\",%s%s%n", shortGroup, p.id(),
                        p.category().id(), p.flag(), plain.category().id(), plain.flagged(), blind == null ? "" : blind.category().id(),
                        blind == null ? "" : blind.flagged(), o.probability(Category.CLINIC), o.probability(Category.TELEHEALTH),
                        o.probability(Category.SELLER), o.probability(Category.INFORMATIONAL),
                        String.join(" | ", model.reasons(o.present(), Category.SELLER, 5)), grounds == null ? ",,,,,,,,,,,,,"
                                : String.format(Locale.ROOT, "%s,%d,%d,%s,%s,%d,%d,%s,%s,%s,%.4f,%.4f,%.4f,%.4f", grounds.branch(), grounds.ownRed(), grounds.anyRed(),
                                grounds.trade(), grounds.drug(), bo.present().length,
                                grounds.decisive(), grounds.established(), grounds.infoContext(), grounds.careContext(),
                                bo.probability(Category.CLINIC), bo.probability(Category.TELEHEALTH), bo.probability(Category.SELLER),
                                bo.probability(Category.INFORMATIONAL)), currentColumns));
            }
            System.out.printf(Locale.ROOT, "FOLD %s: %d features, trained in %.1f s, scored in %.1f s%n", shortGroup, model.size(),
                    (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
        }
        Files.writeString(Path.of("target/textmodel-cv.csv"), dump);
        System.out.println("CV rules alone (tuned on these pages): " + figures(rulesItems));
        System.out.println("CV model alone:                        " + figures(modelItems));
        System.out.println("BLIND old rules alone:                 " + figures(blindRulesItems));
        for (int v = 0; v < variants.size(); v++) {
            TextModelSettings s = variants.get(v);
            String name = String.format(Locale.ROOT, "backs %.2f doubt %.2f category %.2f: ", s.sellerBacks(),
                    s.sellerDoubt(), s.category());
            System.out.println("CV    " + name + figures(items.get(v)));
            System.out.println("BLIND " + name + figures(blindItems.get(v)));
        }
 
        for (var e : joins.entrySet()) {
            System.out.println("JOIN " + e.getKey() + ": " + figures(e.getValue().items) + "; " + e.getValue().counts());
            System.out.println("JOIN-7..21 " + e.getKey() + ": " + figures(joins1521.get(e.getKey()).items) + "; "
                    + joins1521.get(e.getKey()).counts());
        }
        String detail = System.getProperty("textmodel.detail", name(variants.get(0)) + " guard none");
        joins.getOrDefault(detail, new Join()).changes.forEach(c -> System.out.println("CHANGE " + c));
        System.out.println("CV variant 0\n" + new Evaluation.Report(items.get(0)).format());
        System.out.println("BLIND old rules\n" + new Evaluation.Report(blindRulesItems).format());
        System.out.println("BLIND variant 0\n" + new Evaluation.Report(blindItems.get(0)).format());
    }

    /**
     * The measurement on batches the design never saw ({@code -Dtextmodel.measure=batch22,batch23}):
     * trained on the tuning batches, the rules alone against rules and model. Each run counts as one
     * look at those batches (score/README.md records them).
     */
    @Test
    @EnabledIfSystemProperty(named = "textmodel.measure", matches = "batch\\d+(,batch\\d+)*")
    void measuresUnseenBatches() throws IOException {
        List<TextModelTrainer.Example> train = new ArrayList<>();
        for (String group : TextModelTraining.TUNING) {
            load(group).forEach(p -> train.add(p.example()));
        }
        TextModelSettings settings = variants(TextModelTrainer.train("measure", train, TextModelTraining.SETTINGS)).get(0);
        PageAnalyzer analyzer = new PageAnalyzer(rules.withTextModel(settings));
        Scorer plain = new Scorer(rules, () -> RemsIndex.EMPTY);
        Scorer joined = new Scorer(rules.withTextModel(settings), () -> RemsIndex.EMPTY);
        List<Evaluation.Item> allPlain = new ArrayList<>();
        List<Evaluation.Item> allJoined = new ArrayList<>();
        for (String batch : System.getProperty("textmodel.measure").split(",")) {
            List<Evaluation.Item> plainItems = new ArrayList<>();
            List<Evaluation.Item> joinedItems = new ArrayList<>();
            for (Page p : load("src/test/resources/score-dev-hand/" + batch)) {
                PageFindings findings = analyzer.analyse(p.page());
                plainItems.add(item(p, plain.decide(List.of(findings))));
                Verdict v = joined.decide(List.of(findings));
                joinedItems.add(item(p, v));
                v.signals().stream().filter(s -> s.id().startsWith("text-model")).forEach(s -> System.out.println(
                        "MEASURE " + p.id() + " expected " + p.category().id() + " -> " + v.category().id() + "/" + v.flagged()
                                + " " + s.id() + ": " + s.evidence().get(0).snippet()));
            }
            System.out.println("MEASURE " + batch + " rules alone:     " + figures(plainItems));
            System.out.println("MEASURE " + batch + " rules and model: " + figures(joinedItems));
            System.out.println(new Evaluation.Report(joinedItems).format());
            allPlain.addAll(plainItems);
            allJoined.addAll(joinedItems);
        }
        System.out.println("MEASURE all rules alone:     " + figures(allPlain));
        System.out.println("MEASURE all rules and model: " + figures(allJoined));
    }

    static String name(TextModelSettings s) {
        return String.format(Locale.ROOT, "backs %.2f doubt %.2f min %d category %.2f", s.sellerBacks(), s.sellerDoubt(),
                s.doubtMinFeatures(), s.category());
    }

    static List<TextModelSettings> variants(TextModel m) {
        List<TextModelSettings> out = new ArrayList<>();
        String spec = System.getProperty("textmodel.variants", "0.55,0.5,0.5;0.55,0.4,0.5;0.6,0.5,0.5;0.55,0.5,0");
        for (String v : spec.split(";")) {
            String[] f = v.split(",");
            out.add(new TextModelSettings(m, Double.parseDouble(f[0]), Double.parseDouble(f[1]), f.length > 3 ? Integer.parseInt(f[3]) : 40,
                    Double.parseDouble(f[2]), f.length > 4 ? Double.parseDouble(f[4]) : 0.6, 0.8, -8));
        }
        return out;
    }

    private static Evaluation.Item item(Page p, Verdict v) {
        return new Evaluation.Item(p.group() + "/" + p.id(), p.url(), p.category(), p.flag(), v.category(), v.flagged());
    }

    static String figures(List<Evaluation.Item> items) {
        Evaluation.Report r = new Evaluation.Report(items);
        return String.format(Locale.ROOT, "flag precision %.3f recall %.3f protected flagged %d macro-F1 %.3f (mistakes %d)",
                r.flagPrecision(), r.flagRecall(), r.protectedButFlagged().size(), r.macroF1(), r.mistakes().size());
    }

    List<Page> load(String group) throws IOException {
        Path folder = Path.of(group);
        List<String> lines = Files.readAllLines(folder.resolve("labels.csv"), StandardCharsets.UTF_8);
        List<Page> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> f = RemsCsv.fields(line);
            String body = Files.readString(folder.resolve(f.get(2)), StandardCharsets.UTF_8);
            AssessRequest request = f.get(2).endsWith(".txt") ? new AssessRequest(f.get(1), null, body) : new AssessRequest(f.get(1), body, null);
            ExtractedPage page = assessor.extract(request);
            Category category = Category.fromId(f.get(3));
            out.add(new Page(group, f.get(0), category, Boolean.parseBoolean(f.get(4)), f.get(1), page,
                    new TextModelTrainer.Example(PageAnalyzer.modelFeatureNames(page, RULE_FEATURES ? rulesOnly.analyse(page).hits().keySet() : List.of()), category)));
        }
        return out;
    }
}
