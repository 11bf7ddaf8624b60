package org.clinicverify.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.clinicverify.crawl.FetchedPage;

/** Hand-written edge-case pages in src/test/resources/extract/, served as if from {@link DemoWeb#BASE}. */
final class Fixtures {

    private Fixtures() {
    }

    static FetchedPage page(String name) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream("extract/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return DemoWeb.html(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
