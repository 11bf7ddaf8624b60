package org.clinicverify.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
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
                    assertTrue(start.contains(text.charAt(m.start())), p.pattern() + " at " + m.start());
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

    private static String members(StartChars start, String candidates) {
        return candidates.chars().filter(c -> start.contains((char) c)).mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining());
    }
}
