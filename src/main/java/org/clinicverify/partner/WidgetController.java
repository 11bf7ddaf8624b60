package org.clinicverify.partner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * The embeddable widget at a versioned path, {@code /widget/v1/clinic-search.js}. Breaking changes
 * get /widget/v2; fixes within v1 reach partners within a day (Cache-Control max-age), with an ETag
 * so revalidation is cheap.
 */
@Controller("/widget/v1")
@Secured(SecurityRule.IS_ANONYMOUS)
class WidgetController {

    static final String RESOURCE = "widget/v1/clinic-search.js";
    private static final MediaType JAVASCRIPT = MediaType.of("text/javascript;charset=utf-8");

    private final byte[] script;
    private final String etag;

    WidgetController() {
        try (InputStream in = WidgetController.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            this.script = in.readAllBytes();
            this.etag = "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(script), 0, 8) + "\"";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Get("/clinic-search.js")
    HttpResponse<byte[]> script(HttpRequest<?> request) {
        if (request.getHeaders().get(HttpHeaders.IF_NONE_MATCH, String.class).filter(etag::equals).isPresent()) {
            return HttpResponse.<byte[]>notModified().header(HttpHeaders.ETAG, etag);
        }
        return HttpResponse.ok(script).contentType(JAVASCRIPT)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=86400")
                .header(HttpHeaders.ETAG, etag)
                .header("X-Content-Type-Options", "nosniff");
    }
}
