package org.clinicverify.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class PatternIndexTest {

    private static final List<Pattern> PATTERNS = List.of(Pattern.compile("ketamine (powder|crystal)"),
            Pattern.compile("(buy|order) ketamine"), Pattern.compile("\\bbitcoins?\\b"), Pattern.compile("\\d{3}-\\d{4}"));

    @Test
    void onlyPatternsWhoseLiteralsOccurOrThatKnowNoneCanMatch() {
        PatternIndex index = new PatternIndex(PATTERNS, List.of(), 300);

        PatternIndex.Text text = index.text("order ketamine here, call 555-1234");

        List<Boolean> live = new ArrayList<>();
        for (int i = 0; i < PATTERNS.size(); i++) {
            live.add(text.live(index.search(i)));
        }
        // "ketamine powder" / "ketamine crystal" and "bitcoin" do not occur; "order ketamine" and "-" do
        assertEquals(List.of(false, true, false, true), live);
    }

    @Test
    void aPatternOneOfWhoseLiteralSetsIsAbsentCannotMatch() {
        PatternIndex index = new PatternIndex(List.of(Pattern.compile("(powder|crystal) (of )?ketamin")), List.of(), 300);

        assertEquals(List.of(false, false, true), List.of(index.text("ketamine, powder-free").live(index.search(0)),
                index.text("crystal clear").live(index.search(0)), index.text("a crystal of ketamine").live(index.search(0))));
    }

    @Test
    void alternationOfSearchesMatchesLikeTheCombinedRegex() {
        PatternIndex index = new PatternIndex(PATTERNS, Set.of(), 300);
        String text = "buy ketamine powder here. pay in bitcoin; ketamine crystal 555-1234. order ketamine today";
        PatternSearch[] all = {index.search(0), index.search(1), index.search(2), index.search(3)};

        List<String> fast = new ArrayList<>();
        TextMatches.Cursor c = PatternSearch.firstOf(all, text, index.text(text));
        while (c.next()) {
            fast.add(c.start() + "-" + c.end());
        }

        List<String> plain = new ArrayList<>();
        Matcher m = Pattern.compile("(?:ketamine (powder|crystal))|(?:(buy|order) ketamine)|(?:\\bbitcoins?\\b)|(?:\\d{3}-\\d{4})").matcher(text);
        while (m.find()) {
            plain.add(m.start() + "-" + m.end());
        }
        assertEquals(plain, fast);
    }

    @Test
    void aPatternNeedingTwoWordsIsSearchedOnlyWhereBothAreNear() {
        List<Literals.Required> sets = Literals.allOf(Pattern.compile("(powder|crystal) (of )?ketamin"));

        assertEquals(Set.of(Set.of("ketamin"), Set.of("powder ", "crystal ")),
                Set.copyOf(sets.stream().map(Literals.Required::literals).toList()));
    }

    @Test
    void searchesTriedOnlyNearTheirLiteralsFindWhatThePlainRegexFinds() {
        // patterns whose matches start at different distances before their literal, with lookbehind,
        // word boundaries, optional and repeated parts, several literal sets and none
        List<Pattern> patterns = List.of(Pattern.compile("\\bour (clinic|care team|doctors?)\\b"), Pattern.compile("(medically )?reviewed by"),
                Pattern.compile("(?<!not )care\\w*"), Pattern.compile("\\w{0,6}care"), Pattern.compile("(powder|crystal) (of )?ketamin"),
                Pattern.compile("st\\.? ?\\d+"), Pattern.compile("[a-z]+ clinic"), Pattern.compile("c\\w*e"), Pattern.compile("(a|an|the)? ?dr\\b"),
                // led by digits (rare start characters, jumped to): a short exact reach before "st", and a
                // long one, whose windows around a common "st" would cover the text and are not made
                Pattern.compile("\\b\\d{1,3} st\\b"), Pattern.compile("\\d[^\\n]{0,80}st\\b"));
        PatternIndex index = new PatternIndex(patterns, List.of(), 300);
        String[] words = {"our", "clinic", "care", "team", "not", "medically", "reviewed", "by", "powder", "of", "ketamine", "st", "st.", "12",
            "dr", "the", "a", "doctors", "crystal", "caret", "x", ".", " ", " ", "  ", "first", "most", "7"};
        java.util.Random random = new java.util.Random(7);
        List<String> texts = new ArrayList<>(List.of("", "care", "ourclinic our clinic", "not care, not  care caref", "st.12 st 3 st4 xst 5"));
        for (int k = 0; k < 300; k++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(60); n > 0; n--) {
                text.append(words[random.nextInt(words.length)]).append(random.nextInt(3) == 0 ? "" : " ");
            }
            texts.add(text.toString());
        }

        List<String> fast = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        for (String text : texts) {
            PatternIndex.Text scanned = index.text(text);
            for (int i = 0; i < patterns.size(); i++) {
                TextMatches.Cursor c = index.search(i).in(text, scanned);
                while (c.next()) {
                    fast.add(i + "@" + c.start() + "-" + c.end() + " in " + text);
                }
                Matcher m = patterns.get(i).matcher(text);
                while (m.find()) {
                    plain.add(i + "@" + m.start() + "-" + m.end() + " in " + text);
                }
            }
        }
        assertEquals(plain, fast);
    }

    @Test
    void startsOfMatchesLieFromTheirReachBeforeALiteralUpToIt() {
        LiteralScan scan = new LiteralScan(List.of("ab"));

        int[] starts = scan.scan("ab...ab" + ".".repeat(50) + "ab").windowsAndStarts(new int[] {scan.id("ab")}, 3, 5)[1];

        assertEquals(List.of(0, 1, 2, 6, 54, 58), toList(starts));
    }

    @Test
    void overlapOfWindowsKeepsOnlyWhatBothCover() {
        assertEquals(List.of(5, 10, 20, 22, 30, 31), toList(PatternSearch.overlap(new int[] {0, 10, 18, 31}, new int[] {5, 12, 20, 22, 30, 40})));
        assertEquals(List.of(1, 2), toList(PatternSearch.overlap(null, new int[] {1, 2})));
    }

    private static List<Integer> toList(int[] a) {
        return java.util.Arrays.stream(a).boxed().toList();
    }
}
