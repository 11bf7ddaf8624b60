package org.clinicverify.score;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Locale;

import jakarta.inject.Singleton;
import org.clinicverify.crawl.FetchedPage;
import org.clinicverify.extract.ExtractedPage;
import org.clinicverify.extract.Extractor;
import org.jsoup.nodes.Entities;

/**
 * Assesses one page handed in directly (HTTP API, assess command, evaluation): validates the input,
 * runs the extractor and the scorer. Plain text is wrapped in a minimal HTML document so the same
 * extractor reads it. Needs no network and no Elasticsearch.
 *
 * <p>Refused with {@link BadAssessInput}: no url; a url that is not absolute http(s); neither or both
 * of html and text; an empty body; a body over {@code clinicverify.score.max-body-bytes} (UTF-8
 * bytes); a body that looks binary (a NUL character, or more than 1% control or replacement
 * characters).
 */
@Singleton
public final class PageAssessor {

    private final Extractor extractor;
    private final Scorer scorer;
    private final ScoreSettings settings;
    private final Clock clock;

    public PageAssessor(Extractor extractor, Scorer scorer, ScoreSettings settings, Clock clock) {
        this.extractor = extractor;
        this.scorer = scorer;
        this.settings = settings;
        this.clock = clock;
    }

    public Verdict assess(AssessRequest request) {
        return scorer.assessPage(extract(request));
    }

    /** The validated request extracted as {@link #assess} scores it: only what the scorer reads. */
    ExtractedPage extract(AssessRequest request) {
        URI url = url(request.url());
        String html = html(request);
        return extractor.extractHtml(url, html, Extractor.Scope.SCORING);
    }

    /** The validated request as a fetched page. */
    FetchedPage page(AssessRequest request) {
        URI url = url(request.url());
        return FetchedPage.ofHtml(url, html(request), clock.instant());
    }

    /** The validated body as HTML: the html given, or the text wrapped in a minimal document. */
    private String html(AssessRequest request) {
        boolean hasHtml = request.html() != null;
        boolean hasText = request.text() != null;
        if (hasHtml && hasText) {
            throw new BadAssessInput("body", "give either html or text, not both");
        }
        if (!hasHtml && !hasText) {
            throw new BadAssessInput("body", "html or text is required");
        }
        String parameter = hasHtml ? "html" : "text";
        String body = hasHtml ? request.html() : request.text();
        check(parameter, body, utf8Length(body));
        return hasHtml ? body : "<html><body><p>" + Entities.escape(body) + "</p></body></html>";
    }

    /** {@code body.getBytes(UTF_8).length} without building the bytes (a lone surrogate encodes as '?'). */
    static long utf8Length(String body) {
        long n = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < body.length() && Character.isLowSurrogate(body.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += Character.isSurrogate(c) ? 1 : 3;
            }
        }
        return n;
    }

    private static URI url(String value) {
        if (value == null || value.isBlank()) {
            throw new BadAssessInput("url", "url is required");
        }
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new BadAssessInput("url", "url must be an absolute http or https URL, got: " + Snippets.clip(value));
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new BadAssessInput("url", "url is not a valid URL: " + Snippets.clip(e.getMessage()));
        }
    }

    private void check(String parameter, String body, long bytes) {
        if (body.isBlank()) {
            throw new BadAssessInput(parameter, parameter + " is empty");
        }
        if (bytes > settings.maxBodyBytes()) {
            throw new BadAssessInput(parameter, parameter + " is " + bytes + " bytes, more than the limit of "
                    + settings.maxBodyBytes() + " (clinicverify.score.max-body-bytes)");
        }
        if (looksBinary(body)) {
            throw new BadAssessInput(parameter, parameter + " looks like binary content, not a web page");
        }
    }

    static boolean looksBinary(String body) {
        int odd = 0;
        int n = Math.min(body.length(), 65_536);
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c == '\uFFFD' || c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                odd++;
            }
        }
        return odd * 100 > n;
    }
}
