package org.clinicverify.score;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evaluate [--dir FOLDER]}: confusion matrix, per-category precision/recall, seller-flag figures, macro-F1. */
@Command(name = "evaluate", description = "Measure the scorer on a labelled set (labels.csv + pages/).",
        mixinStandardHelpOptions = true)
public final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--dir", defaultValue = "src/test/resources/eval",
            description = "Folder with labels.csv and the pages it names (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Inject
    PageAssessor assessor;

    @Override
    public Integer call() throws IOException {
        System.out.print(Evaluation.run(dir, assessor).format());
        return 0;
    }
}
