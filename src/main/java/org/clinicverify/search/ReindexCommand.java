package org.clinicverify.search;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.inject.Inject;
import picocli.CommandLine.Command;

/** {@code clinic-verify reindex}: rebuild the search index from the database and swap the alias. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the clinics search index from the database and swap the alias atomically.")
public final class ReindexCommand implements Runnable {

    @Inject
    ReindexService service;

    @Override
    public void run() {
        try {
            ReindexService.Result result = service.reindex();
            System.out.printf("Indexed %d listings into %s in %d ms (replaced %s)%n", result.documents(),
                    result.newIndex(), result.took().toMillis(), result.replaced());
        } catch (IOException e) {
            throw new UncheckedIOException("reindex failed: " + e.getMessage(), e);
        }
    }
}
