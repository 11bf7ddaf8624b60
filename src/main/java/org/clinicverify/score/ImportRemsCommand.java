package org.clinicverify.score;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code import-rems FILE}: upserts the Spravato REMS registry CSV (format in {@link RemsCsv}) by certification id. */
@Command(name = "import-rems", description = "Import the Spravato REMS registry of certified settings from a CSV file "
        + "(header: " + RemsCsv.HEADER + ").", mixinStandardHelpOptions = true)
public final class ImportRemsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The registry CSV file.")
    Path file;

    @Inject
    RemsRegistry registry;

    @Override
    public Integer call() {
        List<RemsEntry> entries;
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            entries = RemsCsv.read(reader);
        } catch (IOException e) {
            System.err.println("import-rems: cannot read " + file + ": " + e.getMessage());
            return 1;
        } catch (RemsCsv.BadFile e) {
            System.err.println("import-rems: " + file + " has bad rows, nothing imported:\n" + e.getMessage());
            return 2;
        }
        int[] counts = registry.importEntries(entries);
        System.out.println("import-rems: " + entries.size() + " settings from " + file + " (" + counts[0] + " new, "
                + counts[1] + " updated)");
        return 0;
    }
}
