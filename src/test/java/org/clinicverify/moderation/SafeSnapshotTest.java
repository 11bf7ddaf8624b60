package org.clinicverify.moderation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class SafeSnapshotTest {

    private static SafeSnapshot render(String html) {
        return SafeSnapshot.of(new PageSnapshot("https://seller.example/", Instant.EPOCH, "text/html",
                html.getBytes(StandardCharsets.UTF_8)), 1 << 20);
    }

    @Test
    void dropsScriptsAndEventHandlers() {
        String safe = render(ModerationTestSupport.HostileSnapshots.PAGE).safeHtml().toLowerCase(Locale.ROOT);

        assertFalse(safe.contains("<script") || safe.contains("onerror") || safe.contains("onload")
                || safe.contains("document.cookie"), safe);
    }

    @Test
    void leavesNoAttributeThatCouldFetchFromTheSellersSite() {
        String safe = render(ModerationTestSupport.HostileSnapshots.PAGE).safeHtml().toLowerCase(Locale.ROOT);

        assertFalse(safe.contains("src=") || safe.contains("href=") || safe.contains("style=")
                || safe.contains("action="), safe);
    }

    @Test
    void keepsLinkTargetsAsVisibleText() {
        String text = render("<p><a href=\"https://evil.example/shop\">shop</a></p>").text();

        assertTrue(text.contains("[link: https://evil.example/shop]"), text);
    }

    @Test
    void keepsTheWordsOfThePage() {
        String text = render(ModerationTestSupport.HostileSnapshots.PAGE).text();

        assertTrue(text.contains("Buy ketamine") && text.contains("No prescription needed"), text);
    }

    @Test
    void escapesMarkupThatArrivesAsText() {
        String safe = render("<p>&lt;img src=x onerror=alert(1)&gt;</p>").safeHtml();

        assertTrue(safe.contains("&lt;img"), safe);
    }

    @Test
    void cutsAnOversizedPage() {
        SafeSnapshot snapshot = SafeSnapshot.of(new PageSnapshot("https://seller.example/", Instant.EPOCH,
                "text/html", "<p>x</p>".repeat(1000).getBytes(StandardCharsets.UTF_8)), 1024);

        assertTrue(snapshot.truncated());
    }
}
