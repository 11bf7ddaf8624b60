package org.clinicverify.score;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import io.micronaut.core.annotation.Nullable;

import org.clinicverify.SettingException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads and validates a rules file. Every problem becomes a {@link SettingException} naming the
 * file, the rule (by position and id) and the field, so that a bad edit stops the application at
 * startup with one readable line instead of scoring with half the rules.
 *
 * <p>Checks: a version; all thresholds present and positive; each rule has a unique kebab-case id,
 * a known kind, an integer weight whose sign matches the kind (green &gt; 0, red &lt; 0, marker 0), an
 * explanation, targets among text/title/url, and patterns that compile (unless builtin); every id
 * the code refers to ({@link RuleBook#REQUIRED_IDS}) is defined.
 */
final class RuleBookLoader {

    static final String SETTING = "clinicverify.score.rules (environment variable CLINICVERIFY_SCORE_RULES)";

    /** Verdicts are stored with their scorer version (listing.scorer_version, VARCHAR(40)). */
    static final int MAX_SCORER_VERSION = 40;

    private final String source;
    private final boolean withTextModel;

    private RuleBookLoader(String source, boolean withTextModel) {
        this.source = source;
        this.withTextModel = withTextModel;
    }

    /** Loads "classpath:score/rules.yml" or a file path. */
    static RuleBook load(String location) {
        return load(location, true);
    }

    /**
     * The rules alone, the {@code text-model} section skipped: what the text model is trained with (its
     * training must not depend on the weights file it replaces).
     */
    static RuleBook loadRulesOnly(String location) {
        return load(location, false);
    }

    private static RuleBook load(String location, boolean withTextModel) {
        if (location == null || location.isBlank()) {
            throw new SettingException(SETTING + " is blank: give a file path or classpath:score/rules.yml");
        }
        if (location.startsWith("classpath:")) {
            String resource = location.substring("classpath:".length()).replaceFirst("^/", "");
            try (InputStream in = RuleBookLoader.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new SettingException(SETTING + ": no resource " + resource + " on the classpath");
                }
                return new RuleBookLoader(location, withTextModel).parse(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new SettingException(SETTING + ": cannot read " + location + ": " + e.getMessage(), e);
            }
        }
        Path path = Path.of(location);
        try {
            return new RuleBookLoader(path.toString(), withTextModel).parse(new StringReader(Files.readString(path, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new SettingException(SETTING + ": cannot read rules file " + path + ": " + e.getMessage(), e);
        }
    }

    static RuleBook parse(String yamlText, String source) {
        return new RuleBookLoader(source, true).parse(new StringReader(yamlText));
    }

    private RuleBook parse(Reader reader) {
        Object document;
        try {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (YAMLException e) {
            throw fail("is not valid YAML: " + e.getMessage().replaceAll("\\s+", " "));
        }
        Map<String, Object> root = map(document, "the document");
        String version = string(root, "version", "the document");
        Map<String, Object> t = map(root.get("thresholds"), "thresholds");
        RuleBook.Thresholds thresholds = new RuleBook.Thresholds(
                positive(t, "decisive"), positive(t, "seller"), positive(t, "seller-without-decisive"),
                positive(t, "informational"), positive(t, "informational-over-seller"), positive(t, "informational-over-doorway"),
                positive(t, "doorway-decisive"), positive(t, "review"), positive(t, "care"), positive(t, "trust-cap-flagged"),
                positive(t, "identity-protects"), positive(t, "provider-protects-url"));
        List<Pattern> warnings = new ArrayList<>();
        for (Object w : list(root.get("warning-words"), "warning-words")) {
            warnings.add(compile(String.valueOf(w), false, "warning-words"));
        }
        RuleBook.WarningLists warningLists = null;
        if (root.containsKey("warning-lists")) {
            Map<String, Object> l = map(root.get("warning-lists"), "warning-lists");
            warningLists = new RuleBook.WarningLists(compile(list(l.get("intros"), "warning-lists.intros").stream()
                    .map(p -> "(?:" + p + ")").collect(Collectors.joining("|")), false, "warning-lists.intros"), positive(l, "reach"));
        }
        // one pattern read at the start of the answer: the alternatives, then a word boundary
        Pattern denials = root.containsKey("denial-answers") ? compile("\\s*(?:" + list(root.get("denial-answers"), "denial-answers").stream()
                .map(p -> "(?:" + p + ")").collect(Collectors.joining("|")) + ")\\b", false, "denial-answers") : null;
        Map<String, Pattern> drugs = new LinkedHashMap<>();
        Map<String, Object> drugSection = map(root.get("controlled-drugs"), "controlled-drugs");
        int minDistinct = positive(drugSection, "min-distinct");
        map(drugSection.get("drugs"), "controlled-drugs.drugs").forEach((name, regex) ->
                drugs.put(name, compile(String.valueOf(regex), false, "controlled-drugs.drugs." + name)));
        List<RuleBook.Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Object> signals = list(root.get("signals"), "signals");
        for (int i = 0; i < signals.size(); i++) {
            RuleBook.Rule rule = rule(map(signals.get(i), "signals[" + i + "]"), i);
            if (!ids.add(rule.id())) {
                throw fail("signals[" + i + "]: duplicate id '" + rule.id() + "'");
            }
            rules.add(rule);
        }
        Set<String> missing = new HashSet<>(RuleBook.REQUIRED_IDS);
        missing.removeAll(ids);
        if (!missing.isEmpty()) {
            throw fail("lacks the signals the scorer needs: " + missing.stream().sorted().collect(Collectors.joining(", ")));
        }
        TextModelSettings model = withTextModel && root.containsKey("text-model") ? textModel(map(root.get("text-model"), "text-model")) : null;
        String scorerVersion = model == null ? version : version + "+" + model.model().version();
        if (scorerVersion.length() > MAX_SCORER_VERSION) {
            throw fail("the scorer version '" + scorerVersion + "' (rules version + text model version) is longer than "
                    + MAX_SCORER_VERSION + " characters, the size of listing.scorer_version");
        }
        return new RuleBook(version, thresholds, List.copyOf(warnings), warningLists, denials, Map.copyOf(drugs), minDistinct, List.copyOf(rules), model);
    }

    /**
     * The {@code text-model} section: the weights file ("classpath:..." or a path relative to the rules
     * file) and the probabilities at which the model's opinion counts (see {@link TextModelSettings}).
     */
    private TextModelSettings textModel(Map<String, Object> m) {
        String file = string(m, "file", "text-model");
        String location = file.startsWith("classpath:") || Path.of(file).isAbsolute() || source.startsWith("classpath:")
                ? file : Path.of(source).resolveSibling(file).toString();
        Object weight = m.get("weight");
        if (!(weight instanceof Integer w) || w >= 0) {
            throw fail("text-model: 'weight' must be a negative integer, got " + weight);
        }
        return new TextModelSettings(TextModelFile.load(location, SETTING),
                probability(m, "seller-backs"), probability(m, "seller-doubt"), positive(m, "doubt-min-features"),
                probability(m, "category"), probability(m, "care-over-context"),
                probability(m, "seller-over-framing"), w);
    }

    private double probability(Map<String, Object> m, String key) {
        Object value = m.get(key);
        if (!(value instanceof Number n) || n.doubleValue() < 0 || n.doubleValue() > 1) {
            throw fail("text-model: '" + key + "' must be a probability from 0 to 1, got " + value);
        }
        return n.doubleValue();
    }

    private RuleBook.Rule rule(Map<String, Object> r, int index) {
        String id = string(r, "id", "signals[" + index + "]");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw fail("signals[" + index + "]: id '" + id + "' is not kebab-case");
        }
        final String where = "signals[" + index + "] (" + id + ")";
        RuleBook.Kind kind;
        try {
            kind = RuleBook.Kind.valueOf(string(r, "kind", where).toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw fail(where + ": kind must be one of green, red, informational, review, telehealth, in-person, care, drug, marker");
        }
        Object w = r.get("weight");
        if (!(w instanceof Integer weight)) {
            throw fail(where + ": weight must be an integer, got " + w);
        }
        if (kind == RuleBook.Kind.GREEN && weight <= 0 || kind == RuleBook.Kind.RED && weight >= 0) {
            throw fail(where + ": weight " + weight + " has the wrong sign for kind " + kind.name().toLowerCase(Locale.ROOT)
                    + " (green > 0, red < 0)");
        }
        if (kind == RuleBook.Kind.MARKER && weight != 0) {
            throw fail(where + ": weight " + weight + " for kind marker, which counts toward nothing (weight 0)");
        }
        String explanation = string(r, "explanation", where);
        boolean builtin = Boolean.TRUE.equals(r.get("builtin"));
        boolean caseSensitive = Boolean.TRUE.equals(r.get("case-sensitive"));
        Set<RuleBook.Target> in = EnumSet.noneOf(RuleBook.Target.class);
        if (r.containsKey("in")) {
            for (Object target : list(r.get("in"), where + ".in")) {
                try {
                    in.add(RuleBook.Target.valueOf(String.valueOf(target).toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw fail(where + ".in: unknown target '" + target + "' (text, title, url, meta)");
                }
            }
        } else {
            in.add(RuleBook.Target.TEXT);
        }
        if (caseSensitive && in.contains(RuleBook.Target.META)) {
            // the analyser keeps the metadata lower-cased only (no rule needed its case)
            throw fail(where + ": a case-sensitive rule cannot read meta (the metadata is matched lower-cased)");
        }
        List<Pattern> patterns = new ArrayList<>();
        if (r.containsKey("patterns")) {
            map(r.get("patterns"), where + ".patterns").forEach((language, values) -> {
                for (Object p : list(values, where + ".patterns." + language)) {
                    patterns.add(compile(String.valueOf(p), caseSensitive, where + ".patterns." + language));
                }
            });
        }
        if (patterns.isEmpty() && !builtin) {
            throw fail(where + ": has no patterns and is not builtin");
        }
        RuleBook.Near near = null;
        if (r.containsKey("near")) {
            Map<String, Object> n = map(r.get("near"), where + ".near");
            String joined = list(n.get("patterns"), where + ".near.patterns").stream()
                    .map(p -> "(?:" + p + ")").collect(Collectors.joining("|"));
            near = new RuleBook.Near(positive(n, "window"), compile(joined, false, where + ".near.patterns"));
        }
        Pattern unless = null;
        if (r.containsKey("unless")) {
            unless = compile(list(r.get("unless"), where + ".unless").stream()
                    .map(p -> "(?:" + p + ")").collect(Collectors.joining("|")), false, where + ".unless");
        }
        Pattern combined = patterns.isEmpty() ? null : compile(patterns.stream()
                .map(p -> "(?:" + p.pattern() + ")").collect(Collectors.joining("|")), caseSensitive, where);
        boolean ownSale = markerAttribute(r, "own-sale", kind, where);
        boolean otherGoods = markerAttribute(r, "other-goods", kind, where);
        return new RuleBook.Rule(id, kind, weight, explanation, Set.copyOf(in), Boolean.TRUE.equals(r.get("negatable")),
                builtin, Boolean.TRUE.equals(r.get("identity")), Boolean.TRUE.equals(r.get("provider")),
                Boolean.TRUE.equals(r.get("padding")), ownSale, otherGoods, trade(r.get("trade"), where), List.copyOf(patterns), combined,
                near, unless,
                caseSensitive ? null : Literals.requiredAll(patterns).orElse(null), caseSensitive);
    }

    /** A true/false attribute only markers may carry (own-sale, other-goods). */
    private boolean markerAttribute(Map<String, Object> r, String name, RuleBook.Kind kind, String where) {
        boolean set = Boolean.TRUE.equals(r.get(name));
        if (set && kind != RuleBook.Kind.MARKER) {
            throw fail(where + ": " + name + " is for markers (kind marker), not kind " + kind.name().toLowerCase(Locale.ROOT));
        }
        return set;
    }

    /**
     * Case-insensitive patterns are lower-cased here and matched against lower-cased text (see
     * {@link Literals#lower}), which is several times faster than CASE_INSENSITIVE | UNICODE_CASE.
     */
    private Pattern compile(String regex, boolean caseSensitive, String where) {
        try {
            return Pattern.compile(caseSensitive ? regex : Literals.lowerRegex(regex));
        } catch (PatternSyntaxException e) {
            throw fail(where + ": pattern does not compile: " + e.getDescription() + " in " + regex);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Object value, String where) {
        if (!(value instanceof Map<?, ?> m)) {
            throw fail(where + " must be a mapping");
        }
        return (Map<String, Object>) m;
    }

    @SuppressWarnings("unchecked")
    private List<Object> list(Object value, String where) {
        if (!(value instanceof List<?> l)) {
            throw fail(where + " must be a list");
        }
        return (List<Object>) l;
    }

    private String string(Map<String, Object> m, String key, String where) {
        Object value = m.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            throw fail(where + ": '" + key + "' is missing");
        }
        return String.valueOf(value);
    }

    private int positive(Map<String, Object> m, String key) {
        Object value = m.get(key);
        if (!(value instanceof Integer i) || i <= 0) {
            throw fail("'" + key + "' must be a positive integer, got " + value);
        }
        return i;
    }

    private RuleBook.Trade trade(@Nullable Object value, String where) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return RuleBook.Trade.NONE;
        }
        if (Boolean.TRUE.equals(value)) {
            return RuleBook.Trade.ALONE;
        }
        if ("paired".equals(value)) {
            return RuleBook.Trade.PAIRED;
        }
        throw fail(where + ".trade: expected true, false or paired, got " + value);
    }

    private SettingException fail(String problem) {
        return new SettingException("scoring rules file " + source + " (" + SETTING + "): " + problem);
    }
}
