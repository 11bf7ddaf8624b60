package org.clinicverify.search;

import java.nio.file.Path;
import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The Elasticsearch node the app starts when no cluster URL is configured.
 *
 * @param distributionZip the server zip; blank means "look where the Maven build put it"
 * @param version         the server version the build fetches
 * @param heap            fixed heap (-Xms = -Xmx); Elasticsearch would otherwise take half the RAM
 * @param startupTimeout  how long to wait for cluster health before giving up
 * @param runAsUser       the unprivileged user the node runs as when the app runs as root
 */
@ConfigurationProperties("clinicverify.elasticsearch.local")
public record LocalNodeSettings(@Nullable Path distributionZip,
                                @NotBlank String version,
                                @NotBlank @Pattern(regexp = "\\d+[mg]") String heap,
                                @NotNull Duration startupTimeout,
                                @NotBlank String runAsUser) {
}
