package org.clinicverify;

import java.nio.file.Path;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;

/**
 * Where the embedded defaults keep their state: the H2 database and the local Elasticsearch node.
 * Set with {@code CLINICVERIFY_DATA_DIR} (default {@code ./data}).
 */
@ConfigurationProperties("clinicverify")
public record DataDirectory(@NotNull Path dataDir) {

    public Path resolve(String child) {
        return dataDir.toAbsolutePath().normalize().resolve(child);
    }
}
