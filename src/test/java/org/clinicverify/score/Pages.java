package org.clinicverify.score;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.clinicverify.extract.ExtractedPage;
import org.clinicverify.extract.ShopFeatures;

/** ExtractedPage values for unit tests: only url, title and text set, as a thin page would give. */
final class Pages {

    private Pages() {
    }

    static ExtractedPage text(String url, String title, String text) {
        return new ExtractedPage(URI.create(url), null, "en", title, text, "", List.of(), false, false, List.of(), List.of(),
                List.of(), Set.of(), Set.of(), Set.of(), List.of(), ShopFeatures.NONE);
    }

    static ExtractedPage text(String url, String text) {
        return text(url, "", text);
    }
}
