package org.clinicverify.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.clinicverify.crawl.FetchedPage;

/**
 * Demo-web pages from the classpath as if fetched: {{BASE}} becomes {@link #BASE}, other sites'
 * placeholders become another loopback base. Bytes are substituted without decoding, so a
 * windows-1252 page stays windows-1252; the Content-Type names no charset (as many servers do).
 */
final class DemoWeb {

    static final String BASE = "http://127.0.0.1:1";
    static final Instant FETCHED_AT = Instant.parse("2026-11-22T00:00:00Z");

    private DemoWeb() {
    }

    static FetchedPage page(String site, String path) {
        String resource = "demo-web/" + site + "/" + path;
        try (InputStream in = DemoWeb.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no demo page " + resource);
            }
            String bytesAsLatin1 = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)
                    .replace("{{BASE}}", BASE)
                    .replaceAll("\\{\\{SITE:[a-z0-9\\-]+}}", "http://127.0.0.1:2");
            URI url = URI.create(BASE + "/" + path);
            return new FetchedPage(url, url, 200, "text/html", Map.of(),
                    bytesAsLatin1.getBytes(StandardCharsets.ISO_8859_1), FETCHED_AT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FetchedPage html(String path, String html) {
        URI url = URI.create(BASE + "/" + path);
        return new FetchedPage(url, url, 200, "text/html; charset=UTF-8", Map.of(),
                html.getBytes(StandardCharsets.UTF_8), FETCHED_AT);
    }

    /** Paths of every HTML page of a site, relative to its folder ("index.html", "locations/austin.html"). */
    static List<String> pagesOf(String site) {
        Path root = root().resolve(site);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".html"))
                    .map(f -> root.relativize(f).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> sites() {
        try (Stream<Path> dirs = Files.list(root())) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ExtractedPage> extractSite(Extractor extractor, String site) {
        return pagesOf(site).stream().map(p -> extractor.extract(page(site, p))).toList();
    }

    private static Path root() {
        try {
            return Path.of(DemoWeb.class.getClassLoader().getResource("demo-web").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
