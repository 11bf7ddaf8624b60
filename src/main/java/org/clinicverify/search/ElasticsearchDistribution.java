package org.clinicverify.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.clinicverify.SettingException;

/**
 * Finds the Elasticsearch server zip that the Maven build fetched from Maven Central and unpacks it
 * once. Unpacking goes to a temporary folder that is renamed into place, so an interrupted unpack is
 * never mistaken for a complete one.
 */
final class ElasticsearchDistribution {

    private ElasticsearchDistribution() {
    }

    /** The unpacked Elasticsearch home under {@code root}, unpacking the zip on first use. */
    static Path unpackedHome(LocalNodeSettings settings, Path root) {
        Path home = root.resolve("elasticsearch-" + settings.version());
        if (Files.isRegularFile(home.resolve("bin/elasticsearch"))) {
            return home;
        }
        Path zip = locateZip(settings);
        try {
            Files.createDirectories(root);
            Path staging = Files.createTempDirectory(root, ".unpack-");
            unzip(zip, staging);
            Path unpacked = staging.resolve("elasticsearch-" + settings.version());
            if (!Files.isRegularFile(unpacked.resolve("bin/elasticsearch"))) {
                throw new SettingException("clinicverify.elasticsearch.local.distribution-zip: " + zip
                        + " is not an Elasticsearch " + settings.version() + " distribution");
            }
            makeScriptsExecutable(unpacked.resolve("bin"));
            Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
            deleteRecursively(staging);
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack " + zip + " into " + root, e);
        }
    }

    static Path locateZip(LocalNodeSettings settings) {
        String fileName = "elasticsearch-" + settings.version() + ".zip";
        if (settings.distributionZip() != null) {
            if (Files.isRegularFile(settings.distributionZip())) {
                return settings.distributionZip();
            }
            throw new SettingException("clinicverify.elasticsearch.local.distribution-zip"
                    + " (CLINICVERIFY_ELASTICSEARCH_LOCAL_DISTRIBUTION_ZIP): no file at " + settings.distributionZip());
        }
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of("target", "elasticsearch-dist", fileName));
        jarDirectory().ifPresent(dir -> candidates.add(dir.resolve("elasticsearch-dist").resolve(fileName)));
        candidates.add(Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "elasticsearch",
                "distribution", "integ-test-zip", "elasticsearch", settings.version(), fileName));
        return candidates.stream().filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new SettingException("no Elasticsearch cluster is configured (ELASTICSEARCH_URL)"
                        + " and the local distribution " + fileName + " was not found in " + candidates
                        + ". Run 'mvn package' (it fetches the distribution from Maven Central), set"
                        + " CLINICVERIFY_ELASTICSEARCH_LOCAL_DISTRIBUTION_ZIP, or set ELASTICSEARCH_URL."));
    }

    private static Optional<Path> jarDirectory() {
        try {
            Path codeSource = Path.of(ElasticsearchDistribution.class.getProtectionDomain()
                    .getCodeSource().getLocation().toURI());
            return Optional.ofNullable(codeSource.getParent());
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path destination = target.resolve(entry.getName()).normalize();
                if (!destination.startsWith(target)) {
                    throw new IOException("zip entry escapes the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                } else {
                    Files.createDirectories(destination.getParent());
                    Files.copy(entries, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void makeScriptsExecutable(Path bin) throws IOException {
        try (Stream<Path> scripts = Files.list(bin)) {
            for (Path script : scripts.toList()) {
                Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
