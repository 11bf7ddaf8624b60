package org.clinicverify.crawl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Decodes a fetched body into a Jsoup document. Charset precedence follows the HTML encoding
 * sniffing algorithm in a simplified form: a byte-order mark, then the HTTP Content-Type charset,
 * then {@code <meta charset>} / {@code http-equiv} in the first bytes (Jsoup does the last two
 * steps), then UTF-8. Bodies that are clearly not HTML (images, PDFs, binary) give an empty document.
 *
 * <p>Shared by the crawler and the extractor: the crawler parses a stored page once, takes its links
 * from the document and hands the same document to its sink, whose extraction then reads it as it
 * would have parsed it itself.
 */
public final class PageDecoder {

    public Document decode(FetchedPage page) {
        String base = page.finalUrl() == null ? "" : page.finalUrl().toString();
        byte[] body = page.body() == null ? new byte[0] : page.body();
        if (!looksLikeHtml(page.contentType(), body)) {
            return Document.createShell(base);
        }
        Optional<Charset> declared = page.contentType() == null ? Optional.empty() : page.declaredCharset();
        String charset = declared.map(Charset::name).orElse(null);
        if (hasBom(body)) {
            charset = null; // Jsoup honours the byte-order mark first
        }
        try {
            return Jsoup.parse(new ByteArrayInputStream(body), charset, base);
        } catch (IOException | RuntimeException e) {
            try {
                return Jsoup.parse(new ByteArrayInputStream(body), "UTF-8", base);
            } catch (IOException | RuntimeException stillBroken) {
                return Document.createShell(base);
            }
        }
    }

    /** A string's document, as {@link #decode} gives it for the string's UTF-8 bytes when {@link #parsesAsItsUtf8}. */
    public Document parse(String html, FetchedPage page) {
        return Jsoup.parse(html, page.finalUrl() == null ? "" : page.finalUrl().toString());
    }

    /**
     * Whether parsing the string itself gives the document {@link #decode} gives for its UTF-8 bytes
     * (declared UTF-8): not when it starts with a byte-order mark (the byte path drops it) or holds a
     * surrogate (a lone one becomes '?' in UTF-8; pairs are fine but rare enough to send the same way).
     */
    public static boolean parsesAsItsUtf8(String html) {
        if (html.isEmpty() || html.charAt(0) == '\uFEFF') {
            return false;
        }
        for (int i = 0; i < html.length(); i++) {
            if (Character.isSurrogate(html.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** HTML, XHTML or text by Content-Type; with no usable Content-Type, anything that is mostly text. */
    static boolean looksLikeHtml(String contentType, byte[] body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).strip();
        if (type.contains("html") || type.startsWith("text/") || type.contains("xml")) {
            return true;
        }
        if (!type.isEmpty() && !type.startsWith("application/octet-stream")) {
            return false;
        }
        int sample = Math.min(body.length, 1024);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = body[i] & 0xff;
            if (b == 0 || (b < 0x09) || (b > 0x0d && b < 0x20)) {
                control++;
            }
        }
        return control * 10 <= sample;
    }

    private static boolean hasBom(byte[] b) {
        return (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF)
                || (b.length >= 2 && (((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF)
                || ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE)));
    }
}
