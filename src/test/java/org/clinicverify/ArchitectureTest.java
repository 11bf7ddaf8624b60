package org.clinicverify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The pipeline points downstream only: crawl -> extract -> score -> directory -> search, with the
 * edges (moderation, web, partner) on top. Only {@link Pipeline} and its root-package neighbours
 * wire features together. Read from the sources, so a forbidden import fails the build.
 */
class ArchitectureTest {

    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "crawl", Set.of(),
            "extract", Set.of("crawl"),
            "score", Set.of("crawl", "extract"),
            "directory", Set.of("extract", "score"),
            "search", Set.of("directory", "score"),
            "moderation", Set.of("directory", "score"),
            "partner", Set.of(),
            "web", Set.of("directory", "score", "search", "moderation", "partner"));

    private static final Pattern FEATURE_IMPORT = Pattern.compile("^import (?:static )?org\\.clinicverify\\.([a-z]+)\\.",
            Pattern.MULTILINE);

    @Test
    void featurePackagesDependOnlyOnPackagesUpstreamOfThem() throws IOException {
        Path root = Path.of("src/main/java/org/clinicverify");
        Map<String, Set<String>> violations = new TreeMap<>();
        try (Stream<Path> packages = Files.list(root).filter(Files::isDirectory)) {
            for (Path feature : packages.toList()) {
                String name = feature.getFileName().toString();
                Set<String> allowed = ALLOWED.get(name);
                if (allowed == null) {
                    violations.computeIfAbsent(name, k -> new TreeSet<>()).add("(package missing from ALLOWED)");
                    continue;
                }
                try (Stream<Path> files = Files.walk(feature).filter(p -> p.toString().endsWith(".java"))) {
                    for (Path file : files.toList()) {
                        Matcher imports = FEATURE_IMPORT.matcher(Files.readString(file));
                        while (imports.find()) {
                            String target = imports.group(1);
                            if (!target.equals(name) && !allowed.contains(target)) {
                                violations.computeIfAbsent(name, k -> new TreeSet<>())
                                        .add(target + " (in " + file.getFileName() + ")");
                            }
                        }
                    }
                }
            }
        }
        assertEquals(Map.of(), violations, "forbidden dependencies between feature packages");
    }
}
