package org.clinicverify.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** {@link SentenceWarnings} against a search of the sentence for every candidate, as PageAnalyzer did. */
class SentenceWarningsTest {

    private static final List<Pattern> WARNINGS = RuleBookLoader.load("classpath:score/rules.yml").warningWords();
    /** The warning words' literals scanned as PageAnalyzer scans them (there with the rules' literals too). */
    private static final PatternIndex INDEX = new PatternIndex(WARNINGS, List.of(), PageAnalyzer.REACH);
    private static final int[][] IDS = IntStream.range(0, WARNINGS.size()).mapToObj(k -> INDEX.search(k).literalIds()).toArray(int[][]::new);
    private static final String[] PIECES = {"buy ketamine", " online", "illegal", " do not ", "need a prescription", "can you buy",
            ". ", "! ", "\n", " | ", "sites that", "is seized", "seized", "¿", " se puede comprar", "endanger", "dangerous",
            "Warnung", "fraudsters", " 3 % of sites", " ", "x", "beware", "ÉS LEGAL", "claims"};

    @Test
    void answersAsASearchPerCandidate() {
        // the literal filter is what is under test: most warning patterns must have known literals
        assertTrue(Arrays.stream(IDS).filter(Objects::nonNull).count() > WARNINGS.size() / 2);
        Random random = new Random(7);
        int[] answers = new int[2];
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            int pieces = 1 + random.nextInt(120);
            for (int i = 0; i < pieces; i++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = random.nextBoolean() ? b.toString() : Literals.lower(b.toString());
            SentenceWarnings everySentence = new SentenceWarnings(WARNINGS, s);
            SentenceWarnings byLiterals = new SentenceWarnings(WARNINGS, IDS, s, INDEX.text(Literals.lower(s)).found());
            for (int k = 0; k < 40; k++) {
                int start = random.nextInt(s.length());
                int end = Math.min(s.length(), start + 1 + random.nextInt(30));
                boolean expected = straightforward(s, start, end);
                answers[expected ? 1 : 0]++;
                assertEquals(expected, everySentence.warned(start, end), s + " [" + start + ", " + end + ")");
                assertEquals(expected, byLiterals.warned(start, end), s + " [" + start + ", " + end + ")");
            }
        }
        assertTrue(answers[0] > 500 && answers[1] > 500, "both answers tried: " + Arrays.toString(answers));
    }

    @Test
    void aWarningInsideTheMatchIsPartOfTheOffer() {
        String s = "you do not need a prescription. sites that sell ketamine are illegal.";
        SentenceWarnings warnings = new SentenceWarnings(WARNINGS, IDS, s, INDEX.text(s).found());
        assertEquals(false, warnings.warned(4, 30));
        assertEquals(true, warnings.warned(s.indexOf("sell"), s.indexOf(" are")));
    }

    @Test
    void aClauseAnnouncingWarningSignsWarnsTheItemsOfItsList() {
        RuleBook.WarningLists lists = RuleBookLoader.load("classpath:score/rules.yml").warningLists();
        String list = "here are the red flags our care team sees: esketamine shipped to your home. payment by crypto or gift cards. "
                + "contact only through telegram.";
        String risks = "risks: nausea, dizziness, misuse: payment by crypto or gift cards. contact only through telegram.";
        SentenceWarnings announced = new SentenceWarnings(WARNINGS, IDS, list, INDEX.text(list).found(), lists);
        SentenceWarnings heading = new SentenceWarnings(WARNINGS, IDS, risks, INDEX.text(risks).found(), lists);
        SentenceWarnings without = new SentenceWarnings(WARNINGS, IDS, list, INDEX.text(list).found(), null);
        int crypto = list.indexOf("crypto");
        int telegram = list.indexOf("telegram");

        assertTrue(announced.warned(crypto, crypto + 6));
        assertTrue(announced.warned(telegram, telegram + 8));
        assertEquals(false, without.warned(crypto, crypto + 6));
        // a warning word in a heading is not an announced list: the shop's own lines follow it
        assertEquals(false, heading.warned(risks.indexOf("telegram"), risks.indexOf("telegram") + 8));
        // beyond the reach the list has ended
        String far = list.replace("payment by", "x".repeat(lists.reach()) + ". payment by");
        SentenceWarnings farAway = new SentenceWarnings(WARNINGS, IDS, far, INDEX.text(far).found(), lists);
        assertEquals(false, farAway.warned(far.indexOf("crypto"), far.indexOf("crypto") + 6));
    }

    /** The search PageAnalyzer.warned ran before: every warning pattern over the candidate's sentence. */
    private static boolean straightforward(String s, int start, int end) {
        int from = start;
        while (from > 0 && start - from < 200 && !SentenceWarnings.boundary(s.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < s.length() && to - end < 200 && !SentenceWarnings.boundary(s.charAt(to))) {
            to++;
        }
        for (Pattern w : WARNINGS) {
            Matcher m = w.matcher(s);
            m.region(from, to);
            while (m.find()) {
                if (m.start() < start || m.start() >= end) {
                    return true;
                }
            }
        }
        return false;
    }
}
