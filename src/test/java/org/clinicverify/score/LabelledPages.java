package org.clinicverify.score;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The pages of the labelled sets (src/test/resources/eval and score-dev) as assess requests, in file order. */
final class LabelledPages {

    static final List<String> SETS = List.of("src/test/resources/eval", "src/test/resources/score-dev");

    /** One labelled page: its set folder name ("eval"), its id and the request that assesses it. */
    record Item(String set, String id, AssessRequest request) {

        @Override
        public String toString() {
            return set + "/" + id;
        }
    }

    private LabelledPages() {
    }

    static List<Item> all() {
        List<Item> out = new ArrayList<>();
        for (String set : SETS) {
            out.addAll(in(Path.of(set)));
        }
        return out;
    }

    /** The pages of one labelled folder (a labels.csv and its pages); none when it has no labels.csv. */
    static List<Item> in(Path folder) {
        if (!Files.exists(folder.resolve("labels.csv"))) {
            return List.of();
        }
        try {
            return Evaluation.read(folder).stream()
                    .map(page -> new Item(folder.getFileName().toString(), page.id(), page.request())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
