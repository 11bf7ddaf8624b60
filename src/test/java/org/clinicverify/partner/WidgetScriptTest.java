package org.clinicverify.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.clinicverify.testsupport.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WidgetScriptTest implements TestPropertyProvider {

    /** The budget for the widget: partners load it on every page view. */
    private static final int MAX_GZIPPED_BYTES = 30 * 1024;

    @Inject
    EmbeddedServer server;

    @Override
    public @NonNull Map<String, String> getProperties() {
        Map<String, Object> properties = TestApp.withH2();
        properties.put("micronaut.server.port", "-1");
        return TestApp.asStrings(properties);
    }

    private static byte[] script() throws IOException {
        try (InputStream in = WidgetScriptTest.class.getClassLoader().getResourceAsStream(WidgetController.RESOURCE)) {
            return in.readAllBytes();
        }
    }

    @Test
    void widgetIsAtMost30KilobytesGzipped() throws IOException {
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
            gzip.write(script());
        }

        assertTrue(gzipped.size() <= MAX_GZIPPED_BYTES, "gzipped widget is " + gzipped.size() + " bytes");
    }

    @Test
    void widgetNeverWritesHtmlFromStrings() throws IOException {
        String source = new String(script(), StandardCharsets.UTF_8);

        assertFalse(source.contains("innerHTML") || source.contains("insertAdjacentHTML") || source.contains("document.write"));
    }

    @Test
    void widgetIsServedAtItsVersionedPathWithLongCacheHeaders() {
        HttpResponse<String> response = new Calls(server.getURI()).get("/widget/v1/clinic-search.js");

        assertEquals(200, response.statusCode());
        assertEquals("public, max-age=86400", response.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
    }

    @Test
    void unchangedWidgetRevalidatesWith304() {
        Calls calls = new Calls(server.getURI());
        String etag = calls.get("/widget/v1/clinic-search.js").headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> response = calls.get("/widget/v1/clinic-search.js", "If-None-Match", etag);

        assertEquals(304, response.statusCode());
    }
}
