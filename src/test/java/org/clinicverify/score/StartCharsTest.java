package org.clinicverify.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.clinicverify.extract.ExtractedPage;
import org.junit.jupiter.api.Test;

class StartCharsTest {

    @Test
    void optionalPartsAddWhatFollowsAndZeroWidthPartsAreSkipped() {
        StartChars start = StartChars.of(Pattern.compile("\\b(es)?k[eé]tamin\\w*")).orElseThrow();

        assertEquals("ek", members(start, "abcdefghijklmnopqrstuvwxyzé"));
    }

    @Test
    void lookbehindIsSkippedAndAlternativesAreUnited() {
        StartChars start = StartChars.of(Pattern.compile("(?<=[a-z])(shop|store|vendor)\\b")).orElseThrow();

        assertEquals("sv", members(start, "abcdefghijklmnopqrstuvwxyz"));
    }

    @Test
    void classesRangesAndShorthandsAreRead() {
        StartChars start = StartChars.of(Pattern.compile("(?<!\\d)(?:\\+?1[ .-]?)?\\(?[2-9]\\d{2}")).orElseThrow();

        assertEquals("+(123456789", members(start, "+(-. 0123456789a"));
    }

    @Test
    void oneStartCharacterIsWorthUsingOnlyBehindAWordBoundaryOrGroup() {
        assertTrue(StartChars.of(Pattern.compile("\\bour (clinic|team)\\b")).orElseThrow().worthUsing());
        assertTrue(StartChars.of(Pattern.compile("(?:call) us")).orElseThrow().worthUsing());
        assertTrue(StartChars.of(Pattern.compile("[kK]etamine")).orElseThrow().worthUsing());
        assertFalse(StartChars.of(Pattern.compile("ketamine\\b")).orElseThrow().worthUsing());
    }

    @Test
    void anyCharacterAfterAPartThatCannotBeEmptyChangesNothing() {
        StartChars start = StartChars.of(Pattern.compile("\\b\\d{1,6} [^\\n]{0,60}?\\p{Lu}.\\W[^|]|x\\S")).orElseThrow();

        assertEquals("0123456789x", members(start, "0123456789abx |"));
    }

    @Test
    void patternsThatCanStartAnywhereOrMatchNothingGiveNoSet() {
        for (String regex : List.of(".foo", "[^a]b", "\\p{L}+x", "a?", "(?i)abc", "\\Wx", "(a|b*)",
                "\\pLx", "x|\\Dy", "a?[^b]", "\\b.?x")) {
            assertTrue(StartChars.of(Pattern.compile(regex)).isEmpty(), regex);
        }
    }

    @Test
    void zipCodesSearchedOnlyJustBeforeDigitsAreTheZipCodesFindGives() {
        List<String> texts = new ArrayList<>();
        DemoWeb.sites().forEach(site -> DemoWeb.pages(site).forEach((ExtractedPage p) -> texts.add(p.text())));
        texts.add("OH 44106 OH, 44106 X OH 44106-1234 12 Main St, Austin, TX 78701; TX,78701 TXX 78701 ab CD 12345 "
                + "99 Park Ave NY 10001 Zip: MA 02110, 02110 MA");
        int matches = 0;
        for (String text : texts) {
            int[] digits = Digits.of(text).windows(40);
            Digits found = Digits.of(text);
            Matcher m = PageAnalyzer.ZIP_AT_END.matcher(text);
            List<String> plain = new ArrayList<>();
            while (m.find()) {
                plain.add(m.start() + "-" + m.end());
            }
            TextMatches.Cursor c = TextMatches.of(PageAnalyzer.ZIP_AT_END, StartChars.of(PageAnalyzer.ZIP_AT_END).orElseThrow(),
                    text, digits, PageAnalyzer.zipStarts(text, found), found);
            List<String> fast = new ArrayList<>();
            while (c.next()) {
                fast.add(c.start() + "-" + c.end());
            }
            assertEquals(plain, fast, text);
            matches += plain.size();
        }
        assertTrue(matches > 20, "too few ZIP codes to tell: " + matches);
    }

    @Test
    void phonesSearchedOnlyWhereTenDigitsFollowAreThePhonesFindGives() {
        List<String> texts = new ArrayList<>();
        DemoWeb.sites().forEach(site -> DemoWeb.pages(site).forEach((ExtractedPage p) -> texts.add(p.text())));
        texts.add("+1 (212) 555-0123, 1-212-555-0123, 1 212 555 0123 or (212)555-0123; 2125550123 x12125550123 "
                + "+12125550123 -2125550123 212-555-01234 1962 1963 1964 555-0123 (212) 555 0123");
        Random random = new Random(3);
        String alphabet = "0123456789 .-()+x";
        for (int k = 0; k < 2_000; k++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(60); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(text.toString());
        }
        int matches = 0;
        for (String text : texts) {
            int[] windows = Digits.of(text).windows(40);
            Digits digits = Digits.of(text);
            Matcher m = RemsNormalizer.PHONE.matcher(text);
            List<String> plain = new ArrayList<>();
            while (m.find()) {
                plain.add(m.start() + "-" + m.end());
            }
            TextMatches.Cursor c = TextMatches.of(RemsNormalizer.PHONE, StartChars.of(RemsNormalizer.PHONE).orElseThrow(), text, windows,
                    PageAnalyzer.phoneStarts(digits), digits);
            List<String> fast = new ArrayList<>();
            while (c.next()) {
                fast.add(c.start() + "-" + c.end());
            }
            assertEquals(plain, fast, text);
            matches += plain.size();
        }
        assertTrue(matches > 200, "too few phone numbers to tell: " + matches);
    }

    @Test
    void everyMatchOfEveryRuleStartsWithOneOfItsStartCharactersAndTheSearchFindsTheSameMatches() {
        RuleBook book = RuleBookLoader.load("classpath:score/rules.yml");
        List<Pattern> patterns = new ArrayList<>();
        book.rules().forEach(r -> patterns.addAll(r.patterns()));
        patterns.addAll(book.controlledDrugs().values());
        patterns.addAll(List.of(RemsNormalizer.PHONE, PageAnalyzer.ZIP_AT_END));
        List<String> texts = new ArrayList<>();
        DemoWeb.sites().forEach(site -> DemoWeb.pages(site).forEach((ExtractedPage p) -> {
            texts.add(p.text());
            texts.add(Literals.lower(p.text()));
            texts.add(PageAnalyzer.urlWords(p.url()));
        }));
        // guards at their edges: digits glued to letters, underscores, hyphens, non-ASCII letters, brackets
        texts.add("made in 1962. x1962 _212 555 0100 é212 555 0100 -212-555-0100 (212) 555-0100 a(212) 555-0100 "
                + "+1 212 555 0100 call1-212-555-0100 12 Main St, Austin, TX 78701 Unit12 Main Street, Boston MA 02110 "
                + "iv drip, give IV, ·iv·, _iv, éiv, 5g for $40, x5g for $40, 10 grams $90");
        texts.add(Literals.lower(texts.get(texts.size() - 1)));
        int read = 0;
        int matches = 0;
        for (Pattern p : patterns) {
            StartChars start = StartChars.of(p).orElse(null);
            if (start == null) {
                continue;
            }
            read++;
            for (String text : texts) {
                Matcher m = p.matcher(text);
                List<String> plain = new ArrayList<>();
                while (m.find()) {
                    matches++;
                    assertFalse(m.start() == m.end(), p.pattern());
                    assertTrue(start.canStartAt(text, m.start()), p.pattern() + " at " + m.start());
                    plain.add(m.start() + "-" + m.end());
                }
                List<String> fast = new ArrayList<>();
                TextMatches.Cursor c = TextMatches.of(p, start, text, null);
                while (c.next()) {
                    fast.add(c.start() + "-" + c.end());
                }
                assertEquals(plain, fast, p.pattern());
            }
        }
        assertTrue(read > patterns.size() * 9 / 10, read + " of " + patterns.size() + " patterns read");
        assertTrue(matches > 1000, matches + " matches checked");
    }

    @Test
    void aLeadingGuardRulesOutPositionsAfterWhatItForbids() {
        StartChars phone = StartChars.of(RemsNormalizer.PHONE).orElseThrow(); // (?<![\d-])
        assertTrue(phone.canStartAt("call 212", 5));
        assertFalse(phone.canStartAt("1962", 1));
        assertFalse(phone.canStartAt("x-212", 2));
        assertTrue(phone.canStartAt("x(212", 1));
        assertTrue(phone.canStartAt("212", 0));

        StartChars street = StartChars.of(Pattern.compile("\\b\\d{1,6} [A-Z]\\w+ St\\b")).orElseThrow();
        assertTrue(street.canStartAt("at 12 Main St", 3));
        assertFalse(street.canStartAt("at 12 Main St", 4));
        assertFalse(street.canStartAt("unit_12", 5));
        assertTrue(street.canStartAt("é12", 1)); // non-ASCII before: left to the regex
        assertTrue(street.canStartAt("-12", 1));
    }

    @Test
    void noGuardWhenItDoesNotCoverEveryMatch() {
        // \b before a possible non-word start: "(" after a letter is a boundary
        assertTrue(StartChars.of(Pattern.compile("\\b\\(?\\d{3}")).orElseThrow().canStartAt("a(212", 1));
        // a top-level alternative without the guard
        assertTrue(StartChars.of(Pattern.compile("\\bkg|g\\b")).orElseThrow().canStartAt("5kg", 1));
        assertTrue(StartChars.of(Pattern.compile("(?<!\\d)12|34")).orElseThrow().canStartAt("934", 1));
        // a lookbehind of more than one character, or a quantified guard
        assertTrue(StartChars.of(Pattern.compile("(?<!ab)c")).orElseThrow().canStartAt("bc", 1));
        assertTrue(StartChars.of(Pattern.compile("(?<![ab]{2})c")).orElseThrow().canStartAt("bc", 1));
        assertTrue(StartChars.of(Pattern.compile("(?<!(a))c")).orElseThrow().canStartAt("ac", 1));
    }

    @Test
    void skipperFindsTheNextStartCharacterAsTestingEveryPositionDoes() {
        // start digits 1 to 9 (not 0), read from the text's digits when given; "+", "(" and "\u20ac" looked up
        StartChars start = StartChars.of(Pattern.compile("(?<!\\d)(?:\\+?1[ .-]?)?\\(?[2-9]\\d{2}|\u20ac\\d")).orElseThrow();
        Random random = new Random(11);
        String alphabet = "ab 1+(9.-\u20ac\u00e90\u0663";
        int found = 0;
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            for (Digits digits : java.util.Arrays.asList(null, Digits.of(s))) {
                StartChars.Skipper skipper = start.skipper(s, digits);
                int position = 0;
                for (int step = 0; step < 12; step++) {
                    // mostly forwards, as a search goes, sometimes back
                    position = random.nextInt(4) == 0 ? random.nextInt(s.length() + 1) : Math.min(s.length(), position + random.nextInt(4));
                    int expected = position;
                    while (expected < s.length() && !start.contains(s.charAt(expected))) {
                        expected++;
                    }

                    assertEquals(expected == s.length() ? Integer.MAX_VALUE : expected, skipper.next(position), s + " from " + position);
                    found += expected < s.length() ? 1 : 0;
                }
            }
        }
        assertTrue(found > 10_000, "too few start characters found to tell: " + found);
    }

    @Test
    void startCharactersWithALetterAreNotSkippedTo() {
        StartChars start = StartChars.of(Pattern.compile("\\b(?:\\d+|x)y")).orElseThrow();

        assertNull(start.skipper("x1y", null));
    }

    private static String members(StartChars start, String candidates) {
        return candidates.chars().filter(c -> start.contains((char) c)).mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining());
    }
}
