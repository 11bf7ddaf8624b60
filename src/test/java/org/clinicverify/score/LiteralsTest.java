package org.clinicverify.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class LiteralsTest {

    @Test
    void lowerCasesEveryCharAsCharacterToLowerCaseDoesButTypographicApostrophes() {
        char[] all = new char[Character.MAX_VALUE + 1];
        char[] expected = new char[all.length];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            all[c] = (char) c;
            expected[c] = c == '’' || c == '‘' ? '\'' : Character.toLowerCase((char) c);
        }

        assertEquals(new String(expected), Literals.lower(new String(all)));
        assertEquals("don't ship", Literals.lower("Don’t ship"));
    }

    @Test
    void requiredLiteralIsTheLongestPlainRun() {
        assertEquals(Optional.of("site monitoring"), Literals.required(Pattern.compile("on[- ]site monitoring")));
    }

    @Test
    void quantifiedCharacterEndsTheRun() {
        assertEquals(Optional.of("bitcoin"), Literals.required(Pattern.compile("\\bbitcoins?\\b")));
    }

    @Test
    void boundedRepeatIsNotALiteral() {
        assertEquals(Optional.empty(), Literals.required(Pattern.compile("(pay|paid)[^.]{0,40}(gift)")));
    }

    @Test
    void topLevelAlternationHasNoRequiredLiteral() {
        assertEquals(Optional.empty(), Literals.required(Pattern.compile("western union|moneygram")));
    }

    @Test
    void lowerRegexKeepsEscapes() {
        assertEquals("\\W\\p{Lu}hipaa [a-z]", Literals.lowerRegex("\\W\\p{Lu}HIPAA [A-Z]"));
    }
}
