package org.clinicverify.score;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.clinicverify.SettingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an empty REMS registry from a seed file when the service starts, so the demo directory shows
 * registry matches out of the box. It runs before the first-start crawl (highest precedence among
 * the start-up listeners), so every demo site is scored against the registry. Production sets no
 * seed and imports the real registry with {@code import-rems}.
 */
@Singleton
final class RegistrySeed implements ApplicationEventListener<ServerStartupEvent>, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(RegistrySeed.class);

    private final Settings settings;
    private final RemsRegistry registry;
    private final RemsSettingRepository rows;

    RegistrySeed(Settings settings, RemsRegistry registry, RemsSettingRepository rows) {
        this.settings = settings;
        this.registry = registry;
        this.rows = rows;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        String seed = settings.registry();
        if (seed == null || seed.isBlank() || rows.count() > 0) {
            return;
        }
        try (Reader reader = open(seed)) {
            int[] counts = registry.importEntries(RemsCsv.read(reader));
            LOG.info("REMS registry was empty: imported {} settings from {}", counts[0], seed);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the REMS registry seed " + seed, e);
        } catch (RemsCsv.BadFile e) {
            throw new SettingException("clinicverify.score.seed.registry: " + seed + " has bad rows: " + e.getMessage(), e);
        }
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    private static Reader open(String location) throws IOException {
        if (location.startsWith("classpath:")) {
            String resource = location.substring("classpath:".length());
            InputStream in = RegistrySeed.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new SettingException("clinicverify.score.seed.registry: no resource " + resource);
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }
        return Files.newBufferedReader(Path.of(location), StandardCharsets.UTF_8);
    }

    /**
     * @param registry REMS registry CSV imported into an empty registry at start
     *                 ({@code classpath:demo-web/rems-registry.csv} for the demo; blank: none)
     */
    @ConfigurationProperties("clinicverify.score.seed")
    record Settings(@Nullable String registry) {
    }
}
