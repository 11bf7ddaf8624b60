package org.clinicverify.score;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.clinicverify.crawl.FetchedPage;
import org.clinicverify.extract.ExtractedPage;
import org.clinicverify.extract.Extractor;
import org.yaml.snakeyaml.Yaml;

/** The demo web sites of src/main/resources/demo-web, their expected verdicts and their pages. */
final class DemoWeb {

    static final Path ROOT = Path.of("src/main/resources/demo-web");
    private static final Extractor EXTRACTOR = new Extractor();

    record Site(String id, Category category, boolean flagged, Path dir) {

        @Override
        public String toString() {
            return id;
        }
    }

    private DemoWeb() {
    }

    static Stream<Site> sites() {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).sorted().map(DemoWeb::site).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Site site(Path dir) {
        try {
            Map<String, Object> yml = new Yaml().load(Files.readString(dir.resolve("site.yml")));
            Map<String, Object> expect = (Map<String, Object>) yml.get("expect");
            return new Site(dir.getFileName().toString(), Category.fromId((String) expect.get("category")),
                    (Boolean) expect.get("flagged"), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every HTML page of the site, through the real extractor. */
    static List<ExtractedPage> pages(Site site) {
        return pages(site, Extractor.Scope.FULL);
    }

    /** Every HTML page of the site, through the real extractor with the given scope. */
    static List<ExtractedPage> pages(Site site, Extractor.Scope scope) {
        try (Stream<Path> files = Files.walk(site.dir())) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().map(f -> page(site, f, scope)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ExtractedPage page(Site site, Path file, Extractor.Scope scope) {
        try {
            URI url = URI.create("http://" + site.id() + ".test/" + site.dir().relativize(file).toString().replace('\\', '/'));
            return EXTRACTOR.extract(new FetchedPage(url, url, 200, "text/html", Map.of(), Files.readAllBytes(file), Instant.EPOCH), scope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
