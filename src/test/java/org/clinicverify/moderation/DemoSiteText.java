package org.clinicverify.moderation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;

/** The visible text of a demo-web site's pages, concatenated, as the Pipeline would fingerprint it. */
final class DemoSiteText {

    private static final List<String> PAGES = List.of("index.html", "about-ketamine.html", "faq.html", "order.html",
            "how-to-order.html", "menu.html", "shop.html", "about.html", "contact.html");

    private DemoSiteText() {
    }

    static String of(String site) {
        StringBuilder text = new StringBuilder();
        for (String page : PAGES) {
            try (InputStream in = DemoSiteText.class.getResourceAsStream("/demo-web/" + site + "/" + page)) {
                if (in != null) {
                    text.append(Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).text()).append(' ');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("no pages for demo site " + site);
        }
        return text.toString();
    }
}
