package org.clinicverify.score;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
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
 * fire "no-prescription"), or when its sentence is an item of a list that a warning clause announces
 * ("the red flags we see: ... Payment by crypto."); a rule with {@code near} needs one of its near
 * patterns close by.
 */
final class PageAnalyzer {

    static final int CONTEXT_CAP = 3;
    /** Matches examined per rule before giving up (bounded work on huge pages). */
    private static final int MAX_CANDIDATES = 40;
    private static final String QUOTES = "\"“”„«»";
    /** How far before and after a match, within its sentence, the quotation marks around it are looked for. */
    private static final int QUOTE_REACH = 150;
    /** How far before and after a match quotation marks count whatever the sentence (a quote's own full stop ends it). */
    private static final int NEAR_QUOTE = 25;
    /** How far before and after a match a directional quotation's marks are looked for (a whole ad quoted). */
    private static final int QUOTATION_REACH = 600;
    private static final Set<String> PRESCRIBER_CREDENTIALS = Set.of("MD", "DO", "NP", "PMHNP", "PMHNP-BC", "FNP",
            "FNP-BC", "APRN", "PA", "PA-C", "CRNA", "DNP", "MBBS", "FRCPC", "ARNP", "CNP");
    // compiled once: String.replaceAll compiles its regex on every call, several times per page
    private static final Pattern NON_DIGITS = Pattern.compile("\\D");
    private static final Pattern NOT_URL_WORD = Pattern.compile("[^\\p{L}\\p{N}@]+");
    private static final Pattern NPI_IN_TEXT = Pattern.compile("\\bNPI\\b\\D{0,20}(\\d{10})\\b");
    static final Pattern ZIP_AT_END = Pattern.compile("\\b[A-Z]{2},? (\\d{5})(?:-\\d{4})?\\b");
    private static final StartChars ZIP_START = StartChars.of(ZIP_AT_END).orElseThrow();
    private static final StartChars PHONE_START = StartChars.of(RemsNormalizer.PHONE).orElseThrow();

    /**
     * Characters either side of a literal occurrence that a pattern's match may reach, at most: the
     * reach computed from the pattern ({@link Literals.Required}) when it is smaller; this cap when a
     * repetition is unbounded ("\\w*", "\\s+"), where the longest rule matches span well under it.
     */
    static final int REACH = 300;
    /** Characters either side of a digit that a phone number, ZIP code or "NPI: 1234567890" may reach. */
    private static final int DIGIT_REACH = 40;

    private final RuleBook book;
    /** Every pattern of the rules, then of the controlled drugs, then the warning words. */
    private final PatternIndex index;
    /** Some rule reads the page's metadata (else it is not scanned). */
    private final boolean readsMeta;
    /** Per rule (in book order), the searches of its patterns (in rule order). */
    private final PatternSearch[][] searches;
    /** Per controlled drug, the search of its pattern. */
    private final Map<String, PatternSearch> drugSearches = new LinkedHashMap<>();
    /** Per rule id: the literal ids of its required literals (for the "cannot fire" check). */
    private final Map<String, int[]> requiredIds = new HashMap<>();
    /** Per warning-word pattern: the literal ids one of which each match contains (null: none known). */
    private final int[][] warningIds;

    PageAnalyzer(RuleBook book) {
        this.book = book;
        this.readsMeta = book.rules().stream().anyMatch(rule -> rule.in().contains(RuleBook.Target.META));
        List<Pattern> patterns = new ArrayList<>();
        List<String> required = new ArrayList<>();
        for (RuleBook.Rule rule : book.rules()) {
            patterns.addAll(rule.patterns());
            if (rule.requiredLiterals() != null) {
                required.addAll(rule.requiredLiterals());
            }
        }
        patterns.addAll(book.controlledDrugs().values());
        patterns.addAll(book.warningWords());
        this.index = new PatternIndex(patterns, required, REACH);
        this.searches = new PatternSearch[book.rules().size()][];
        int next = 0;
        for (int i = 0; i < searches.length; i++) {
            RuleBook.Rule rule = book.rules().get(i);
            searches[i] = new PatternSearch[rule.patterns().size()];
            for (int k = 0; k < searches[i].length; k++) {
                searches[i][k] = index.search(next++);
            }
            if (rule.requiredLiterals() != null) {
                requiredIds.put(rule.id(), rule.requiredLiterals().stream().mapToInt(index.scan()::id).toArray());
            }
        }
        for (String drug : book.controlledDrugs().keySet()) {
            drugSearches.put(drug, index.search(next++));
        }
        this.warningIds = new int[book.warningWords().size()][];
        for (int k = 0; k < warningIds.length; k++) {
            warningIds[k] = index.search(next++).literalIds();
        }
    }

    PageFindings analyse(ExtractedPage page) {
        String url = page.url().toString();
        String text = page.text() == null ? "" : page.text();
        String title = page.title() == null ? "" : page.title();
        String urlWords = urlWords(page.url());
        Digits.Found textDigits = new Digits.Found();
        String lowerText = Literals.lower(text, textDigits);
        String lowerTitle = Literals.lower(title);
        List<Pattern> warnings = book.warningWords();
        RuleBook.WarningLists lists = book.warningLists();
        PatternIndex.Text inText = index.text(lowerText, textDigits.of(text.length()));
        PatternIndex.Text inTitle = index.text(lowerTitle);
        String lowerMeta = readsMeta && page.metadata() != null ? Literals.lower(page.metadata()) : "";
        PatternIndex.Text inMeta = lowerMeta.isEmpty() ? null : index.text(lowerMeta);
        Texts texts = new Texts(text, lowerText, title, lowerTitle, urlWords, url, inText, inTitle, index.text(urlWords),
                lowerMeta, inMeta,
                inMeta == null ? null : new SentenceWarnings(warnings, warningIds, lowerMeta, inMeta.found(), lists),
                new SentenceWarnings(warnings, warningIds, text, inText.found(), lists),
                new SentenceWarnings(warnings, warningIds, lowerText, inText.found(), lists),
                new SentenceWarnings(warnings, warningIds, title, inTitle.found(), lists),
                new SentenceWarnings(warnings, warningIds, lowerTitle, inTitle.found(), lists));
        Map<String, Evidence> hits = new LinkedHashMap<>();
        Map<String, Integer> points = new LinkedHashMap<>();
        for (int i = 0; i < searches.length; i++) {
            RuleBook.Rule rule = book.rules().get(i);
            if (rule.patterns().isEmpty() || absent(rule, texts)) {
                continue;
            }
            if (rule.isContext()) {
                contextMatch(rule, searches[i], texts).ifPresent(found -> {
                    hits.put(rule.id(), found.evidence());
                    points.put(rule.id(), rule.weight() * found.distinct());
                });
            } else {
                firstMatch(rule, searches[i], texts).ifPresent(e -> hits.put(rule.id(), e));
            }
        }
        Digits digits = inText.digits();
        int[] digitWindows = digits.windows(DIGIT_REACH);
        builtins(page, texts, digits, digitWindows, url, hits);
        int[] modelFeatures = book.textModel() == null ? new int[0]
                : book.textModel().model().read(lowerTitle, lowerText, urlWords, hits.keySet());
        return new PageFindings(url, hits, points, phones(page, text, digits, digitWindows),
                postalCodes(page, text, digits, digitWindows), names(page, title), text, modelFeatures);
    }

    /** The text model's feature names of a page (training): as {@link #analyse} reads them, with the rules that fired. */
    static Set<String> modelFeatureNames(ExtractedPage page, Collection<String> ruleIds) {
        Set<String> names = new HashSet<>();
        TextFeatures.names(Literals.lower(page.title() == null ? "" : page.title()), Literals.lower(page.text() == null ? "" : page.text()),
                urlWords(page.url()), ruleIds, names::add);
        return names;
    }

    /**
     * The page in the forms the rules match against (case-insensitive rules see the lower-cased
     * texts), with the text, the title, the URL words and, when a rule reads it, the page's metadata
     * (else {@code inMeta} is null) scanned for the rules' literals, and the warning words of their
     * sentences (searched on demand, once per sentence).
     */
    private record Texts(String text, String lowerText, String title, String lowerTitle, String urlWords, String url,
                         PatternIndex.Text inText, PatternIndex.Text inTitle, PatternIndex.Text inUrl,
                         String lowerMeta, PatternIndex.Text inMeta, SentenceWarnings metaWarnings,
                         SentenceWarnings textWarnings, SentenceWarnings lowerTextWarnings,
                         SentenceWarnings titleWarnings, SentenceWarnings lowerTitleWarnings) {
    }

    /** None of the words the rule's patterns require occurs anywhere: it cannot fire. */
    private boolean absent(RuleBook.Rule rule, Texts t) {
        if (rule.requiredLiterals() == null) {
            return false;
        }
        int[] ids = requiredIds.get(rule.id());
        for (int k = 0; k < ids.length; k++) {
            String literal = rule.requiredLiterals().get(k);
            if (t.inText().found().contains(ids[k]) || t.lowerTitle().contains(literal) || t.urlWords().contains(literal)
                    || t.inMeta() != null && t.inMeta().found().contains(ids[k])) {
                return false;
            }
        }
        return true;
    }

    private void builtins(ExtractedPage page, Texts texts, Digits digits, int[] digitWindows, String url, Map<String, Evidence> hits) {
        prescriber(page.clinicians(), url).ifPresent(e -> hits.put("named-prescriber", e));
        street(page.locations(), url).ifPresent(e -> hits.put("us-street-address", e));
        if (!page.phones().isEmpty() && !hits.containsKey("phone")) {
            hits.put("phone", new Evidence(page.phones().get(0), url));
        }
        if (page.shop() != null && (page.shop().hasCart() || page.shop().hasCheckout()) && !hits.containsKey("cart-checkout")) {
            hits.put("cart-checkout", new Evidence("The page has " + (page.shop().hasCart() ? "a shopping cart" : "a checkout"), url));
        }
        npi(page.clinicians(), texts.text(), digits, digitWindows, url, hits);
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

    private void npi(List<Clinician> clinicians, String text, Digits digits, int[] digitWindows, String url, Map<String, Evidence> hits) {
        List<String> candidates = new ArrayList<>();
        for (Clinician c : clinicians) {
            if (c.npi() != null) {
                candidates.add(NON_DIGITS.matcher(c.npi()).replaceAll(""));
            }
        }
        // every match contains "NPI": without it the search is skipped
        TextMatches.Cursor m = text.contains("NPI") ? TextMatches.of(NPI_IN_TEXT, text, digitWindows, digits) : TextMatches.NONE;
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
        drugSearches.forEach((name, search) -> {
            if (search.in(t.lowerText(), t.inText()).next() || search.in(t.lowerTitle(), t.inTitle()).next()) {
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

    private Optional<ContextFound> contextMatch(RuleBook.Rule rule, PatternSearch[] patterns, Texts texts) {
        Evidence first = null;
        int distinct = 0;
        // With near or negation, a match of one pattern can be refused; the combined pattern decides
        // then, as it does for red and green rules. Otherwise any pattern's match counts, so the
        // per-pattern search below (each in the windows of its own literals) is the whole answer.
        if ((rule.near() != null || rule.negatable()) && firstMatch(rule, patterns, texts).isEmpty()) {
            return Optional.empty();
        }
        for (PatternSearch p : patterns) {
            Optional<Evidence> e = firstMatch(rule, new PatternSearch[] {p}, texts);
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

    /**
     * The first acceptable match of the alternation of {@code patterns} (one pattern, or all of a
     * rule's: their alternation is the rule's combined pattern) in the title, text or URL.
     */
    private Optional<Evidence> firstMatch(RuleBook.Rule rule, PatternSearch[] patterns, Texts t) {
        String url = t.url();
        String urlWords = t.urlWords();
        if (rule.in().contains(RuleBook.Target.TITLE)) {
            String title = rule.caseSensitive() ? t.title() : t.lowerTitle();
            SentenceWarnings warnings = rule.caseSensitive() ? t.titleWarnings() : t.lowerTitleWarnings();
            Optional<String> s = find(rule, PatternSearch.firstOf(patterns, title, t.inTitle()), title, t.title(), warnings);
            if (s.isPresent()) {
                return Optional.of(new Evidence("Title: " + s.get(), url));
            }
        }
        if (rule.in().contains(RuleBook.Target.TEXT)) {
            String text = rule.caseSensitive() ? t.text() : t.lowerText();
            SentenceWarnings warnings = rule.caseSensitive() ? t.textWarnings() : t.lowerTextWarnings();
            Optional<String> s = find(rule, PatternSearch.firstOf(patterns, text, t.inText()), text, t.text(), warnings);
            if (s.isPresent()) {
                return Optional.of(new Evidence(s.get(), url));
            }
        }
        if (rule.in().contains(RuleBook.Target.META) && t.inMeta() != null) {
            // Matched and quoted lower-cased: the loader refuses case-sensitive rules on meta.
            Optional<String> s = find(rule, PatternSearch.firstOf(patterns, t.lowerMeta(), t.inMeta()), t.lowerMeta(),
                    t.lowerMeta(), t.metaWarnings());
            if (s.isPresent()) {
                return Optional.of(new Evidence("Page description or image text: " + s.get(), url));
            }
        }
        if (rule.in().contains(RuleBook.Target.URL)) {
            TextMatches.Cursor m = PatternSearch.firstOf(patterns, urlWords, t.inUrl());
            int candidates = 0;
            while (m.next() && candidates++ < MAX_CANDIDATES) {
                if (rule.near() == null || near(rule.near(), urlWords, m.start(), m.end())) {
                    return Optional.of(new Evidence("URL contains \"" + m.group(0).strip() + "\": " + Snippets.clip(url), url));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The first acceptable match in {@code s}, quoted from {@code display} (same text, original case).
     * Looks at the first {@link #MAX_CANDIDATES} matches at most; {@code warnings} are those of {@code s}.
     */
    private Optional<String> find(RuleBook.Rule rule, TextMatches.Cursor m, String s, String display, SentenceWarnings warnings) {
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
            if (rule.negatable() && (warnings.warned(m.start(), m.end()) || quoted(s, m.start(), m.end()) || deniedAnswer(s, m.end()))) {
                continue;
            }
            return Optional.of(Snippets.around(display, m.start(), m.end()));
        }
        return Optional.empty();
    }

    private static boolean near(RuleBook.Near near, String s, int start, int end) {
        Matcher n = near.pattern().matcher(s);
        n.region(Math.max(0, start - near.window()), Math.min(s.length(), end + near.window()));
        return n.find();
    }

    /** The sentence before {@code start} contains one of the rule's contrast words ("unlike", "no need to"). */
    private static boolean contrasted(Pattern unless, String s, int start) {
        return unless.matcher(s).region(SentenceWarnings.sentenceStart(s, start), start).find();
    }

    /**
     * The match sits inside quotation marks: a quote opens just before it and closes just after it, or
     * opens and closes around it within its sentence (a regulator quoting a whole ad, "5 ampullen
     * ketamine voor €149, zonder recept, discrete verzending"), or a directional quotation holds it over
     * several sentences. Someone is being quoted, not speaking.
     */
    private static boolean quoted(String s, int start, int end) {
        return quotedWithin(s, start, end, Math.max(0, start - NEAR_QUOTE), Math.min(s.length(), end + NEAR_QUOTE))
                || quotedWithin(s, start, end, Math.max(SentenceWarnings.sentenceStart(s, start), start - QUOTE_REACH),
                        Math.min(SentenceWarnings.sentenceEnd(s, end), end + QUOTE_REACH))
                || insideQuotation(s, start, end);
    }

    /**
     * The match lies inside a quotation opened by a directional mark (“, « or „) and closed after it, however many
     * sentences the quotation holds: a forum post, a court or a clinic quoting a whole ad ("“Ketamine vials ... No
     * prescription, no questions. $90 each ... pay by Zelle or BTC.”"). A straight quote's direction is read from its
     * neighbours, as typesetters do: one that follows a space and precedes a word opens (told customers: "Buy ...),
     * one that follows a word or a stop and precedes a space closes (... free reship." Officers said).
     */
    private static boolean insideQuotation(String s, int start, int end) {
        char close = 0; // the mark that closes the quotation the match is in; 0: none opened
        for (int i = start - 1; i >= Math.max(0, start - QUOTATION_REACH) && close == 0; i--) {
            char c = s.charAt(i);
            if (c == '”' || c == '»' || c == '"' && closesStraight(s, i)) {
                return false; // a quotation closed before the match
            }
            if (opensQuotation(s, i)) {
                close = c == '«' ? '»' : c == '„' ? '“' : c == '"' ? '"' : '”';
            }
        }
        if (close == 0) {
            return false;
        }
        for (int i = end; i < Math.min(s.length(), end + QUOTATION_REACH); i++) {
            char c = s.charAt(i);
            if (close == '"' ? c == '"' && closesStraight(s, i) : c == close || close == '“' && c == '”') {
                return true;
            }
            if (opensQuotation(s, i)) {
                return false; // another quotation opens first: the first was never closed
            }
        }
        return false;
    }

    /** The mark at {@code i} opens a quotation: a directional opening mark, or a straight quote placed as one. */
    private static boolean opensQuotation(String s, int i) {
        char c = s.charAt(i);
        return c == '“' || c == '«' || c == '„' || c == '"' && opensStraight(s, i);
    }

    /** A straight quote at {@code i} that follows a space (or starts the text) and precedes a word opens a quotation. */
    private static boolean opensStraight(String s, int i) {
        return (i == 0 || Character.isWhitespace(s.charAt(i - 1))) && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
    }

    /** A straight quote at {@code i} that follows a word or a stop and precedes a space (or ends the text) closes one. */
    private static boolean closesStraight(String s, int i) {
        return i > 0 && !Character.isWhitespace(s.charAt(i - 1)) && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)));
    }

    /**
     * The match's sentence is a question that the text after it answers "no" ("Do you accept crypto? No.", "Kan ik met
     * Bitcoin betalen? Nee.", "... gift cards? We do not accept ..."): a provider's FAQ denying what it is asked (the
     * rules file's denial-answers). A match running past the question mark is the answer itself ("Do I need a
     * prescription? No" is a shop's).
     */
    private boolean deniedAnswer(String s, int end) {
        int to = SentenceWarnings.sentenceEnd(s, end);
        if (book.denialAnswers() == null || to >= s.length() || s.charAt(to) != '?') {
            return false;
        }
        Matcher answer = book.denialAnswers().matcher(s);
        answer.region(to + 1, Math.min(s.length(), to + 40));
        return answer.lookingAt();
    }

    /** A quotation mark in [from, start) and another in [end, to). */
    private static boolean quotedWithin(String s, int start, int end, int from, int to) {
        boolean opened = false;
        for (int i = start - 1; i >= from && !opened; i--) {
            char c = s.charAt(i);
            opened = QUOTES.indexOf(c) >= 0 || c == '\'' && (i == 0 || !Character.isLetter(s.charAt(i - 1)));
        }
        if (!opened) {
            return false;
        }
        for (int i = end; i < to; i++) {
            char c = s.charAt(i);
            if (QUOTES.indexOf(c) >= 0 || c == '\'' && (i + 1 == s.length() || !Character.isLetter(s.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
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
        return " " + NOT_URL_WORD.matcher(decoded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip() + " ";
    }

    private static Set<String> phones(ExtractedPage page, String text, Digits textDigits, int[] digitWindows) {
        Set<String> phones = new LinkedHashSet<>();
        for (String p : page.phones()) {
            String digits = NON_DIGITS.matcher(p).replaceAll("");
            if (digits.length() >= 10) {
                phones.add(digits.substring(digits.length() - 10));
            }
        }
        TextMatches.Cursor m = TextMatches.of(RemsNormalizer.PHONE, PHONE_START, text, digitWindows, phoneStarts(textDigits), textDigits);
        while (m.next() && phones.size() < 20) {
            phones.add(RemsNormalizer.phoneDigits(m.group(0)));
        }
        return phones;
    }

    private static Set<String> postalCodes(ExtractedPage page, String text, Digits digits, int[] digitWindows) {
        Set<String> zips = new LinkedHashSet<>();
        for (PracticeLocation l : page.locations()) {
            if (l.postalCode() != null && l.postalCode().length() >= 5) {
                zips.add(l.postalCode().substring(0, 5));
            }
        }
        TextMatches.Cursor m = TextMatches.of(ZIP_AT_END, ZIP_START, text, digitWindows, zipStarts(text, digits), digits);
        while (m.next() && zips.size() < 20) {
            zips.add(m.group(1));
        }
        return zips;
    }

    /**
     * Where a {@link #ZIP_AT_END} match can start: three or four chars before a digit ("OH 44106",
     * "OH, 44106"), as merged offset pairs. Otherwise every capitalised word near a digit is tried,
     * thousands on a page of addresses and prices. Only the text's digits ({@code digits}) are read.
     */
    static int[] zipStarts(String text, Digits digits) {
        OffsetWindows starts = new OffsetWindows();
        for (int k = 0; k < digits.count(); k++) {
            int i = digits.at(k);
            char c = text.charAt(i);
            if (c < '0' || c > '9' || i < 3) {
                continue;
            }
            starts.add(i - 4 < 0 ? 0 : i - 4, i - 2);
        }
        return starts.toArray();
    }

    /**
     * Where a {@link RemsNormalizer#PHONE} match can start: at a digit, or just before one (a leading
     * "+" or "("), that has nine more digits within the next 14 chars: a match holds ten or eleven
     * digits, the tenth at most 14 chars after the first ("1 (212) 555-0123", also after a "+").
     * Otherwise every digit of a page of prices, dates and street numbers is tried. Merged offset pairs.
     */
    static int[] phoneStarts(Digits digits) {
        OffsetWindows starts = new OffsetWindows();
        for (int k = 0; k + 9 < digits.count(); k++) {
            int first = digits.at(k);
            if (digits.at(k + 9) - first <= 14) {
                starts.add(Math.max(0, first - 1), first + 1);
            }
        }
        return starts.toArray();
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
