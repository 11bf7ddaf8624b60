package org.clinicverify.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ElementTextTest {

    @Test
    void plainTextIsTakenAsItIsAndAnythingElseGoesThroughText() {
        assertTrue(ElementText.unchangedByText("Add to cart"));
        assertTrue(ElementText.unchangedByText("Café – 5 €"));
        assertFalse(ElementText.unchangedByText(" Add"));
        assertFalse(ElementText.unchangedByText("Add  to"));
        assertFalse(ElementText.unchangedByText("Add\u00A0to"));
        assertFalse(ElementText.unchangedByText("Add\u200Bto"));
        assertFalse(ElementText.unchangedByText("Add\nto"));
        Document doc = Jsoup.parse("<a href=/cart> Add \n to <b>cart</b></a><pre><a>x  y</a></pre>");
        for (Element a : doc.select("a")) {
            assertEquals(a.text(), ElementText.of(a));
        }
    }

    @Test
    void givesWhatTextGivesOnRandomLabels() {
        Random random = new Random(13);
        String alphabet = "ab ABé€–.\t\n\r\f\u000B\u00A0\u00AD\u200B\u200C\u200D\u2028\u3000\u0085\u0001\uFEFF\uD83D\uDE00";
        int plain = 0;
        for (int round = 0; round < 3_000; round++) {
            StringBuilder html = new StringBuilder("<body>");
            for (int link = 0; link < 10; link++) {
                html.append(round % 7 == 0 ? "<pre><a href=x>" : "<a href=x>");
                for (int k = random.nextInt(10); k > 0; k--) {
                    html.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                html.append(round % 7 == 0 ? "</a></pre>" : "</a>");
            }
            for (Element a : Jsoup.parse(html.toString()).select("a")) {
                assertEquals(a.text(), ElementText.of(a), a.outerHtml());
                if (a.childNodeSize() == 1 && ElementText.unchangedByText(a.wholeText())) {
                    plain++;
                }
            }
        }
        assertTrue(plain > 1000, plain + " labels taken as they are");
    }
}
