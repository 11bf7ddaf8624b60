package org.clinicverify.score;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clinicverify.extract.Clinician;
import org.clinicverify.extract.ExtractedPage;
import org.clinicverify.extract.PracticeLocation;
import org.clinicverify.extract.StructuredItem;

/**
 * Runs every rule of a {@link RuleBook} over one page. A rule fires at most once per page and keeps
 * the first acceptable match as evidence; context rules also count how many of their distinct
 * patterns match (capped at {@link #CONTEXT_CAP}), because a news page shows several signs of
 * journalism while padding text shows at most one by accident.
 *
 * <p>A match of a negatable rule is skipped when its sentence contains a warning word (so a
 * government page saying "sites that sell ketamine without a prescription are illegal" does not
 * fire "no-prescription"); a rule with {@code near} needs one of its near patterns close by.
 */
final class PageAnalyzer {

    static final int CONTEXT_CAP = 3;
    /** Matches examined per rule before giving up (bounded work on huge pages). */
    private static final int MAX_CANDIDATES = 40;
    private static final int SENTENCE_REACH = 200;
    private static final String QUOTES = "\"“”„«»";
    private static final Set<String> PRESCRIBER_CREDENTIALS = Set.of("MD", "DO", "NP", "PMHNP", "PMHNP-BC", "FNP",
            "FNP-BC", "APRN", "PA", "PA-C", "CRNA", "DNP", "MBBS", "FRCPC", "ARNP", "CNP");
    private static final Pattern NPI_IN_TEXT = Pattern.compile("\\bNPI\\b\\D{0,20}(\\d{10})\\b");
    private static final Pattern ZIP_AT_END = Pattern.compile("\\b[A-Z]{2},? (\\d{5})(?:-\\d{4})?\\b");

    /**
     * Characters either side of a literal occurrence that a pattern's match may reach, at most: the
     * reach computed from the pattern ({@link Literals.Required}) when it is smaller; this cap when a
     * repetition is unbounded ("\\w*", "\\s+"), where the longest rule matches span well under it.
     */
    static final int REACH = 300;
    /** Characters either side of a digit that a phone number, ZIP code or "NPI: 1234567890" may reach. */
    private static final int DIGIT_REACH = 40;

    private final RuleBook book;
    private final LiteralScan scan;
    /** Per pattern (identity): ids of the literals one of which each of its matches contains; absent = none known. */
    private final Map<Pattern, int[]> literalIds = new IdentityHashMap<>();
    /** Per pattern (identity): how far its matches reach before and after such a literal. */
    private final Map<Pattern, int[]> reach = new IdentityHashMap<>();
    /** Per rule id: the literal ids of its required literals (for the "cannot fire" check). */
    private final Map<String, int[]> requiredIds = new HashMap<>();

    PageAnalyzer(RuleBook book) {
        this.book = book;
        Map<Pattern, Literals.Required> sets = new IdentityHashMap<>();
        List<String> words = new ArrayList<>();
        for (RuleBook.Rule rule : book.rules()) {
            for (Pattern p : rule.patterns()) {
                Literals.anyOf(p).ifPresent(any -> sets.put(p, any));
            }
            if (rule.requiredLiterals() != null) {
                words.addAll(rule.requiredLiterals());
            }
        }
        for (Pattern p : book.controlledDrugs().values()) {
            Literals.anyOf(p).ifPresent(any -> sets.put(p, any));
        }
        sets.values().forEach(r -> words.addAll(r.literals()));
        this.scan = new LiteralScan(words.stream().sorted().toList());
        sets.forEach((p, r) -> {
            literalIds.put(p, r.literals().stream().sorted().mapToInt(scan::id).toArray());
            reach.put(p, new int[] {Math.min(REACH, r.before()), Math.min(REACH, r.after())});
        });
        for (RuleBook.Rule rule : book.rules()) {
            if (rule.requiredLiterals() != null) {
                requiredIds.put(rule.id(), rule.requiredLiterals().stream().mapToInt(scan::id).toArray());
            }
        }
    }

    PageFindings analyse(ExtractedPage page) {
        String url = page.url().toString();
        String text = page.text() == null ? "" : page.text();
        String title = page.title() == null ? "" : page.title();
        String urlWords = urlWords(page.url());
        String lowerText = Literals.lower(text);
        Texts texts = new Texts(text, lowerText, title, Literals.lower(title), urlWords, url, scan.scan(lowerText));
        Map<String, Evidence> hits = new LinkedHashMap<>();
        Map<String, Integer> points = new LinkedHashMap<>();
        for (RuleBook.Rule rule : book.rules()) {
            if (rule.combined() == null || absent(rule, texts)) {
                continue;
            }
            if (rule.isContext()) {
                contextMatch(rule, texts).ifPresent(found -> {
                    hits.put(rule.id(), found.evidence());
                    points.put(rule.id(), rule.weight() * found.distinct());
                });
            } else {
                firstMatch(rule, rule.combined(), texts).ifPresent(e -> hits.put(rule.id(), e));
            }
        }
        builtins(page, texts, url, hits);
        int[] digits = TextMatches.digitWindows(text, DIGIT_REACH);
        return new PageFindings(url, hits, points, phones(page, text, digits), postalCodes(page, text, digits), names(page, title), text);
    }

    /** The page in the forms the rules match against: case-insensitive rules see the lower-cased texts. */
    private record Texts(String text, String lowerText, String title, String lowerTitle, String urlWords, String url,
                         LiteralScan.Occurrences found) {
    }

    /** None of the words the rule's patterns require occurs anywhere: it cannot fire. */
    private boolean absent(RuleBook.Rule rule, Texts t) {
        if (rule.requiredLiterals() == null) {
            return false;
        }
        int[] ids = requiredIds.get(rule.id());
        for (int k = 0; k < ids.length; k++) {
            String literal = rule.requiredLiterals().get(k);
            if (t.found().contains(ids[k]) || t.lowerTitle().contains(literal) || t.urlWords().contains(literal)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where in the page text {@code pattern} can match: the windows around the occurrences of its
     * literals (pairs of offsets), or null for the whole text (no literal known, or one too frequent).
     */
    private int[] windows(Pattern pattern, Texts t) {
        int[] ids = literalIds.get(pattern);
        if (ids == null) {
            return null;
        }
        int[] r = reach.get(pattern);
        return t.found().windows(ids, r[0], r[1]);
    }

    private void builtins(ExtractedPage page, Texts texts, String url, Map<String, Evidence> hits) {
        prescriber(page.clinicians(), url).ifPresent(e -> hits.put("named-prescriber", e));
        street(page.locations(), url).ifPresent(e -> hits.put("us-street-address", e));
        if (!page.phones().isEmpty() && !hits.containsKey("phone")) {
            hits.put("phone", new Evidence(page.phones().get(0), url));
        }
        if (page.shop() != null && (page.shop().hasCart() || page.shop().hasCheckout()) && !hits.containsKey("cart-checkout")) {
            hits.put("cart-checkout", new Evidence("The page has " + (page.shop().hasCart() ? "a shopping cart" : "a checkout"), url));
        }
        npi(page.clinicians(), texts.text(), url, hits);
        drugs(texts, url).ifPresent(e -> hits.put("several-controlled-drugs", e));
    }

    private Optional<Evidence> prescriber(List<Clinician> clinicians, String url) {
        for (Clinician c : clinicians) {
            for (String credential : c.credentials()) {
                if (PRESCRIBER_CREDENTIALS.contains(credential.toUpperCase(Locale.ROOT).replace(".", ""))) {
                    return Optional.of(new Evidence(Snippets.clip(c.name() + ", " + String.join(", ", c.credentials())
                            + (c.role() == null ? "" : " (" + c.role() + ")")), url));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Evidence> street(List<PracticeLocation> locations, String url) {
        for (PracticeLocation l : locations) {
            boolean us = l.country() == null || l.country().equalsIgnoreCase("US") || l.country().equalsIgnoreCase("USA");
            if (l.street() != null && !l.street().isBlank() && us && l.postalCode() != null) {
                return Optional.of(new Evidence(Snippets.clip(l.street() + ", " + nz(l.city()) + ", " + nz(l.region())
                        + " " + l.postalCode()), url));
            }
        }
        return Optional.empty();
    }

    private void npi(List<Clinician> clinicians, String text, String url, Map<String, Evidence> hits) {
        List<String> candidates = new ArrayList<>();
        for (Clinician c : clinicians) {
            if (c.npi() != null) {
                candidates.add(c.npi().replaceAll("\\D", ""));
            }
        }
        TextMatches.Cursor m = TextMatches.of(NPI_IN_TEXT, text, TextMatches.digitWindows(text, DIGIT_REACH));
        while (m.next() && candidates.size() < 20) {
            candidates.add(m.group(1));
        }
        for (String candidate : candidates) {
            String key = org.clinicverify.extract.NpiNumber.isValid(candidate) ? "valid-npi" : "invalid-npi";
            hits.putIfAbsent(key, new Evidence("NPI " + candidate
                    + (key.equals("valid-npi") ? " passes" : " fails") + " the NPI check digit", url));
        }
    }

    /** Distinct controlled drugs named in the text or the title. */
    private Optional<Evidence> drugs(Texts t, String url) {
        Set<String> named = new TreeSet<>();
        book.controlledDrugs().forEach((name, pattern) -> {
            if (TextMatches.of(pattern, t.lowerText(), windows(pattern, t)).next() || pattern.matcher(t.lowerTitle()).find()) {
                named.add(name);
            }
        });
        if (named.size() < book.minDistinctDrugs()) {
            return Optional.empty();
        }
        return Optional.of(new Evidence("Names " + named.size() + " controlled drugs: " + String.join(", ", named), url));
    }

    private record ContextFound(Evidence evidence, int distinct) {
    }

    private Optional<ContextFound> contextMatch(RuleBook.Rule rule, Texts texts) {
        Evidence first = null;
        int distinct = 0;
        // With near or negation, a match of one pattern can be refused; the combined pattern decides
        // then, as it does for red and green rules. Otherwise any pattern's match counts, so the
        // per-pattern search below (each in the windows of its own literals) is the whole answer.
        if ((rule.near() != null || rule.negatable()) && firstMatch(rule, rule.combined(), texts).isEmpty()) {
            return Optional.empty();
        }
        for (Pattern p : rule.patterns()) {
            Optional<Evidence> e = firstMatch(rule, p, texts);
            if (e.isPresent()) {
                distinct++;
                if (first == null) {
                    first = e.get();
                }
                if (distinct >= CONTEXT_CAP) {
                    break;
                }
            }
        }
        return first == null ? Optional.empty() : Optional.of(new ContextFound(first, distinct));
    }

    private Optional<Evidence> firstMatch(RuleBook.Rule rule, Pattern pattern, Texts t) {
        String url = t.url();
        String urlWords = t.urlWords();
        if (rule.in().contains(RuleBook.Target.TITLE)) {
            String title = rule.caseSensitive() ? t.title() : t.lowerTitle();
            Optional<String> s = find(rule, TextMatches.of(pattern, title, null), title, t.title());
            if (s.isPresent()) {
                return Optional.of(new Evidence("Title: " + s.get(), url));
            }
        }
        if (rule.in().contains(RuleBook.Target.TEXT)) {
            Optional<String> s = find(rule, textMatches(rule, pattern, t), rule.caseSensitive() ? t.text() : t.lowerText(), t.text());
            if (s.isPresent()) {
                return Optional.of(new Evidence(s.get(), url));
            }
        }
        if (rule.in().contains(RuleBook.Target.URL)) {
            Matcher m = pattern.matcher(urlWords);
            int candidates = 0;
            while (m.find() && candidates++ < MAX_CANDIDATES) {
                if (rule.near() == null || near(rule.near(), urlWords, m.start(), m.end())) {
                    return Optional.of(new Evidence("URL contains \"" + m.group().strip() + "\": " + Snippets.clip(url), url));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The first acceptable match in {@code s}, quoted from {@code display} (same text, original case).
     * Looks at the first {@link #MAX_CANDIDATES} matches at most.
     */
    private Optional<String> find(RuleBook.Rule rule, TextMatches.Cursor m, String s, String display) {
        if (s.isEmpty()) {
            return Optional.empty();
        }
        int candidates = 0;
        while (m.next() && candidates++ < MAX_CANDIDATES) {
            if (m.end() == m.start()) {
                continue;
            }
            if (rule.near() != null && !near(rule.near(), s, m.start(), m.end())) {
                continue;
            }
            if (rule.unless() != null && contrasted(rule.unless(), s, m.start())) {
                continue;
            }
            if (rule.negatable() && (warned(s, m.start(), m.end()) || quoted(s, m.start(), m.end()))) {
                continue;
            }
            return Optional.of(Snippets.around(display, m.start(), m.end()));
        }
        return Optional.empty();
    }

    /**
     * The matches of {@code pattern} in the page text, searched only around the literals it needs;
     * a rule's combined pattern is searched as the alternation of its patterns, each around its own.
     */
    private TextMatches.Cursor textMatches(RuleBook.Rule rule, Pattern pattern, Texts t) {
        String s = rule.caseSensitive() ? t.text() : t.lowerText();
        if (pattern != rule.combined()) {
            return TextMatches.of(pattern, s, windows(pattern, t));
        }
        List<int[]> windows = new ArrayList<>(rule.patterns().size());
        for (Pattern p : rule.patterns()) {
            windows.add(windows(p, t));
        }
        return TextMatches.firstOf(rule.patterns(), s, windows);
    }

    private static boolean near(RuleBook.Near near, String s, int start, int end) {
        Matcher n = near.pattern().matcher(s);
        n.region(Math.max(0, start - near.window()), Math.min(s.length(), end + near.window()));
        return n.find();
    }

    /**
     * The sentence around [start, end) contains a warning word outside the match itself (the "not"
     * of "you do not need a prescription" is the offer, not a warning about it).
     */
    private boolean warned(String s, int start, int end) {
        int from = start;
        while (from > 0 && start - from < SENTENCE_REACH && !boundary(s.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < s.length() && to - end < SENTENCE_REACH && !boundary(s.charAt(to))) {
            to++;
        }
        for (Pattern w : book.warningWords()) {
            Matcher m = w.matcher(s);
            m.region(from, to);
            while (m.find()) {
                if (m.end() <= start || m.start() >= end) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The sentence before {@code start} contains one of the rule's contrast words ("unlike", "no need to"). */
    private static boolean contrasted(Pattern unless, String s, int start) {
        int from = start;
        while (from > 0 && start - from < SENTENCE_REACH && !boundary(s.charAt(from - 1))) {
            from--;
        }
        return unless.matcher(s).region(from, start).find();
    }

    /** The match sits inside quotation marks: someone is being quoted, not speaking. */
    private static boolean quoted(String s, int start, int end) {
        boolean opened = false;
        for (int i = start - 1; i >= Math.max(0, start - 25) && !opened; i--) {
            char c = s.charAt(i);
            opened = QUOTES.indexOf(c) >= 0 || c == '\'' && (i == 0 || !Character.isLetter(s.charAt(i - 1)));
        }
        if (!opened) {
            return false;
        }
        for (int i = end; i < Math.min(s.length(), end + 25); i++) {
            char c = s.charAt(i);
            if (QUOTES.indexOf(c) >= 0 || c == '\'' && (i + 1 == s.length() || !Character.isLetter(s.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean boundary(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\n' || c == '•' || c == '|';
    }

    /** The URL as words: decoded, lower case, separators turned into spaces ("buy-ketamine/x" -> "buy ketamine x"). */
    static String urlWords(URI uri) {
        String raw = uri.getHost() == null ? uri.toString() : uri.getHost() + " " + nz(uri.getRawPath()) + " " + nz(uri.getRawQuery());
        String decoded;
        try {
            decoded = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = raw;
        }
        return " " + decoded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}@]+", " ").strip() + " ";
    }

    private static Set<String> phones(ExtractedPage page, String text, int[] digitWindows) {
        Set<String> phones = new LinkedHashSet<>();
        for (String p : page.phones()) {
            String digits = p.replaceAll("\\D", "");
            if (digits.length() >= 10) {
                phones.add(digits.substring(digits.length() - 10));
            }
        }
        TextMatches.Cursor m = TextMatches.of(RemsNormalizer.PHONE, text, digitWindows);
        while (m.next() && phones.size() < 20) {
            phones.add(RemsNormalizer.phoneDigits(m.group(0)));
        }
        return phones;
    }

    private static Set<String> postalCodes(ExtractedPage page, String text, int[] digits) {
        Set<String> zips = new LinkedHashSet<>();
        for (PracticeLocation l : page.locations()) {
            if (l.postalCode() != null && l.postalCode().length() >= 5) {
                zips.add(l.postalCode().substring(0, 5));
            }
        }
        TextMatches.Cursor m = TextMatches.of(ZIP_AT_END, text, digits);
        while (m.next() && zips.size() < 20) {
            zips.add(m.group(1));
        }
        return zips;
    }

    private static List<String> names(ExtractedPage page, String title) {
        List<String> names = new ArrayList<>();
        if (!title.isBlank()) {
            names.add(title);
        }
        for (PracticeLocation l : page.locations()) {
            if (l.name() != null) {
                names.add(l.name());
            }
        }
        for (StructuredItem item : page.structuredItems()) {
            String name = item.properties().get("name");
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
