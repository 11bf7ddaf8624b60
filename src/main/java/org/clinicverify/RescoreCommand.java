package org.clinicverify;

import java.util.concurrent.Callable;

import jakarta.inject.Inject;
import picocli.CommandLine.Command;

/** {@code rescore}: re-extracts and re-scores every stored site without recrawling. */
@Command(name = "rescore", mixinStandardHelpOptions = true,
        description = "Re-extract and re-score all stored pages (after a rules or extractor change), without recrawling.")
final class RescoreCommand implements Callable<Integer> {

    @Inject
    Pipeline pipeline;

    @Override
    public Integer call() {
        int sites = pipeline.rebuildAll();
        System.out.println("Rescored " + sites + " site(s).");
        return 0;
    }
}
