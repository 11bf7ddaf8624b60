package org.clinicverify.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class TidyLinesTest {

    @Test
    void collapsesSpacesTrimsLinesAndDropsALineOpeningCellSeparator() {
        TidyLines out = new TidyLines();
        out.lineBreak();
        out.text("  Price\u00A0 list \n of\tthe\r\nshop ", false);
        out.lineBreak();
        out.lineBreak();
        out.cellSeparator();
        out.text(" 5 g ", false);
        out.cellSeparator();
        out.text("$40", false);
        out.lineBreak();
        out.text(" kept\nlines \n\n in pre ", true);

        assertEquals("Price list of the shop\n5 g | $40\nkept\nlines\nin pre", out.toString());
        assertEquals(1 + 29 + 2 + 3 + 5 + 3 + 3 + 1 + 22, out.rawLength()); // line breaks count one, separators three
    }

    /** The same result as writing the raw text first and tidying it afterwards, the way it was done before. */
    @Test
    void givesWhatTidyingTheRawTextGives() {
        Random random = new Random(7);
        String alphabet = "ab |||  \n\r\t\u00A0\u200B\u2003é.";
        for (int round = 0; round < 20_000; round++) {
            TidyLines out = new TidyLines();
            StringBuilder raw = new StringBuilder();
            for (int piece = random.nextInt(8); piece >= 0; piece--) {
                switch (random.nextInt(4)) {
                    case 0 -> {
                        out.lineBreak();
                        raw.append('\n');
                    }
                    case 1 -> {
                        out.cellSeparator();
                        raw.append(" | ");
                    }
                    default -> {
                        StringBuilder s = new StringBuilder();
                        for (int k = random.nextInt(12); k > 0; k--) {
                            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
                        }
                        boolean pre = random.nextInt(3) == 0;
                        out.text(s.toString(), pre);
                        raw.append(pre ? s.toString() : s.toString().replace('\n', ' ').replace('\r', ' '));
                    }
                }
            }
            assertEquals(tidy(raw.toString()), out.toString(), raw.toString());
            assertEquals(raw.length(), out.rawLength());
        }
    }

    /** VisibleText's tidy before TidyLines, kept as the reference. */
    private static String tidy(String text) {
        char[] raw = text.toCharArray();
        char[] out = new char[raw.length];
        int n = 0;
        boolean pendingSpace = false;
        boolean pendingLine = false;
        int lineStart = 0;
        for (int i = 0; i < raw.length; i++) {
            char c = raw[i];
            if (c == '\n') {
                pendingLine = n > lineStart;
                pendingSpace = false;
            } else if (isSpace(c)) {
                pendingSpace = n > lineStart;
            } else {
                if (pendingLine) {
                    out[n++] = '\n';
                    lineStart = n;
                    pendingLine = false;
                } else if (pendingSpace) {
                    out[n++] = ' ';
                }
                pendingSpace = false;
                if (c == '|' && n == lineStart) {
                    i++;
                    while (i < raw.length && raw[i] != '\n' && isSpace(raw[i])) {
                        i++;
                    }
                    i--;
                    continue;
                }
                out[n++] = c;
            }
        }
        return new String(out, 0, n);
    }

    private static boolean isSpace(char c) {
        return " \t\r\f\u000B\u00A0\u2007\u202F\u200B\u3000".indexOf(c) >= 0 || c >= '\u2000' && c <= '\u200A';
    }
}
