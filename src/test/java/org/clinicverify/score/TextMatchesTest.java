package org.clinicverify.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The fast search gives the same matches as the plain regular expressions it replaces. */
class TextMatchesTest {

    private static final String TEXT = "buy ketamine powder here. ketamine crystal, 5 vials for $300. "
            + "Order ketamine online; crystal of ketamine ships fast. More about ketamine and clinics.";

    @Test
    void digitWindowsReachAroundEveryDigitIncludingNonAsciiDigits() {
        String text = "call 555 now" + " ".repeat(30) + "\u0663" + " ".repeat(30) + "x9";

        assertEquals("[1, 12, 38, 47, 70, 75]", java.util.Arrays.toString(Digits.of(text).windows(4)));
    }

    @Test
    void alternationOfPatternsMatchesLikeTheCombinedRegex() {
        List<Pattern> patterns = List.of(Pattern.compile("ketamine (powder|crystal)"), Pattern.compile("(buy|order) ketamine"),
                Pattern.compile("ketamine"), Pattern.compile("\\$\\d+"));
        Pattern combined = Pattern.compile("(?:ketamine (powder|crystal))|(?:(buy|order) ketamine)|(?:ketamine)|(?:\\$\\d+)");
        String lower = Literals.lower(TEXT);
        List<Literals.Required> required = patterns.stream().map(p -> Literals.anyOf(p).orElseThrow()).toList();
        LiteralScan scan = new LiteralScan(required.stream().flatMap(r -> r.literals().stream()).distinct().toList());
        LiteralScan.Occurrences found = scan.scan(lower);
        List<int[]> windows = new ArrayList<>();
        for (Literals.Required r : required) {
            windows.add(found.windows(r.literals().stream().mapToInt(scan::id).toArray(), Math.min(30, r.before()), Math.min(30, r.after())));
        }

        List<String> fast = new ArrayList<>();
        TextMatches.Cursor c = TextMatches.firstOf(patterns, lower, windows);
        while (c.next()) {
            fast.add(c.start() + "-" + c.end());
        }

        List<String> plain = new ArrayList<>();
        Matcher m = combined.matcher(lower);
        while (m.find()) {
            plain.add(m.start() + "-" + m.end());
        }
        assertEquals(plain, fast);
    }

    @Test
    void patternsWithoutGivenStartCharactersMatchAsFindDoes() {
        List<Pattern> patterns = List.of(Pattern.compile("\\bNPI\\b\\D{0,20}(\\d{10})\\b"), Pattern.compile("(?<!\\d)\\d{3}-\\d{4}"),
                Pattern.compile(".x"), Pattern.compile("\\bab|c"));
        String[] pieces = {"NPI 1234567893", "NPI:", "xNPI 1234567893", "\u00d1NPI 1234567893", "_NPI", " ", "\n", "555-0188", "1555-0188",
            "ab", "xab", "c", "x", "1234567890", "é"};
        java.util.Random random = new java.util.Random(21);
        int matches = 0;
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(20); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            int[] windows = Digits.of(s).windows(10);
            for (Pattern p : patterns) {
                for (int[] w : java.util.Arrays.asList(null, windows)) {
                    List<String> plain = new ArrayList<>();
                    java.util.regex.Matcher m = p.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
                    for (int k = 0; w == null ? k < 1 : k < w.length; k += 2) {
                        m.region(w == null ? 0 : w[k], w == null ? s.length() : w[k + 1]);
                        while (m.find()) {
                            plain.add(m.start() + "-" + m.end());
                        }
                    }
                    for (Digits digits : java.util.Arrays.asList(null, Digits.of(s))) {
                        List<String> fast = new ArrayList<>();
                        TextMatches.Cursor c = TextMatches.of(p, s, w, digits);
                        while (c.next()) {
                            fast.add(c.start() + "-" + c.end());
                        }
                        assertEquals(plain, fast, p + " in " + s);
                    }
                    matches += plain.size();
                }
            }
        }
        assertTrue(matches > 1000, matches + " matches compared");
    }

    @Test
    void literalScanFindsOverlappingLiterals() {
        LiteralScan scan = new LiteralScan(List.of("ket", "ketamine", "amine", "ine"));

        LiteralScan.Occurrences found = scan.scan("esketamine");

        assertEquals(List.of(true, true, true, true), List.of(found.contains(scan.id("ket")), found.contains(scan.id("ketamine")),
                found.contains(scan.id("amine")), found.contains(scan.id("ine"))));
    }

    @Test
    void literalScanFindsEveryOccurrenceIndexOfFinds() {
        List<String> literals = List.of("a", "ab", "aba", "abab", "bab", "b c", "cab", "abcabca", "ca", "c", " ");
        LiteralScan scan = new LiteralScan(literals);
        java.util.Random random = new java.util.Random(11);
        List<String> texts = new ArrayList<>(List.of("", "a", "ab", "abcabca", "xabcabcax"));
        for (int k = 0; k < 400; k++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(k < 300 ? 40 : 12_000); n > 0; n--) {
                text.append("abc x".charAt(random.nextInt(5)));
            }
            texts.add(text.toString());
        }

        List<String> fast = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        for (String text : texts) {
            LiteralScan.Occurrences found = scan.scan(text);
            for (String literal : literals) {
                fast.add(literal + " " + java.util.Arrays.toString(found.positions(scan.id(literal))) + " in " + text.length());
                List<Integer> at = new ArrayList<>();
                for (int i = text.indexOf(literal); i >= 0 && at.size() <= LiteralScan.MAX_POSITIONS; i = text.indexOf(literal, i + 1)) {
                    at.add(i);
                }
                plain.add(literal + " " + at + " in " + text.length());
            }
        }
        assertEquals(plain, fast);
    }

    @Test
    void windowsAroundOccurrencesAreMerged() {
        LiteralScan scan = new LiteralScan(List.of("ab"));

        int[] windows = scan.scan("ab...ab" + ".".repeat(50) + "ab").windows(new int[] {scan.id("ab")}, 5, 5);

        assertEquals("[0, 12, 52, 59]", java.util.Arrays.toString(windows));
    }

    @Test
    void requiredLiteralsExpandSmallClassesAndAlternatives() {
        Optional<Literals.Required> any = Literals.anyOf(Pattern.compile("\\b(listing|ad) (id|#)\\b"));

        assertEquals(Set.of("listing id", "listing #", "ad id", "ad #"), any.orElseThrow().literals());
    }

    @Test
    void requiredLiteralsSkipOptionalParts() {
        Optional<Literals.Required> any = Literals.anyOf(Pattern.compile("(es)?k[eé]tamin\\w*"));

        assertEquals(Set.of("ketamin", "kétamin"), any.orElseThrow().literals());
    }

    @Test
    void requiredLiteralsSpellAnOptionalCharacterBothWays() {
        Optional<Literals.Required> any = Literals.anyOf(Pattern.compile("\\b(mdma|2-?c-?b)\\s*[,/]\\s*k\\b"));

        assertEquals(Set.of("mdma", "2cb", "2-cb", "2c-b", "2-c-b"), any.orElseThrow().literals());
        assertEquals(0, any.orElseThrow().before());
    }

    @Test
    void requiredLiteralsKnowHowFarAMatchReaches() {
        Literals.Required any = Literals.anyOf(Pattern.compile("(powder|crystal) (of )?ketamin\\b")).orElseThrow();

        // "crystal of " before it, each character counted as two (it could be a surrogate pair)
        assertEquals(List.of(Set.of("ketamin"), 22, 0), List.of(any.literals(), any.before(), any.after()));
    }

    @Test
    void patternWithoutRequiredLiteralHasNone() {
        Optional<Literals.Required> any = Literals.anyOf(Pattern.compile("\\d{3}[ .-]?\\d{4}"));

        assertTrue(any.isEmpty());
    }

    @Test
    void digitWindowsCoverEveryNumber() {
        String text = "Call (555) 123-4567 today" + " ".repeat(100) + "NPI 1234567893";

        int[] windows = Digits.of(text).windows(10);

        assertEquals(4, windows.length);
    }
}
