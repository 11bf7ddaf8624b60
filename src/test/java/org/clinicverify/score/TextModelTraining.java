package org.clinicverify.score;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Trains the shipped text model from the labelled pages and writes its weights to
 * {@code src/main/resources/score/text-model.tsv}. Deterministic: the same pages and rules give the
 * same file.
 *
 * <p>{@code mvn -o test -Dtest=TextModelTraining -Dtextmodel.train=tm-2026.12.07-4}
 */
@EnabledIfSystemProperty(named = "textmodel.train", matches = "tm-.+")
class TextModelTraining {

    static final Path WEIGHTS = Path.of("src/main/resources/score/text-model.tsv");

    /** The batches the design was cross-validated on (leave one out). */
    static final List<String> TUNING = tuning();

    /** What the shipped model is trained on: the tuning batches and the batches already measured as unseen (22-27; 28 holds no sellers) and the later tuning batches 32, 33. */
    static final List<String> TRAINING = training();

    static final TextModelTrainer.Settings SETTINGS = settings();

    /** The trainer's settings; {@code -Dtextmodel.trainer=minPages,l2,rounds,step,padSellers} tries others (experiments only). */
    private static TextModelTrainer.Settings settings() {
        String spec = System.getProperty("textmodel.trainer");
        if (spec == null) {
            return TextModelTrainer.Settings.DEFAULT;
        }
        String[] f = spec.split(",");
        return new TextModelTrainer.Settings(Integer.parseInt(f[0]), Double.parseDouble(f[1]), Integer.parseInt(f[2]), Double.parseDouble(f[3]),
                Boolean.parseBoolean(f[4]));
    }

    private static List<String> tuning() {
        List<String> out = new ArrayList<>();
        out.add("src/test/resources/score-dev");
        for (int b = 1; b <= 21; b++) {
            out.add("src/test/resources/score-dev-hand/batch" + b);
        }
        return List.copyOf(out);
    }

    private static List<String> training() {
        List<String> out = new ArrayList<>(tuning());
        out.add("src/test/resources/score-dev-hand/batch22");
        out.add("src/test/resources/score-dev-hand/batch23");
        out.add("src/test/resources/score-dev-hand/batch24");
        out.add("src/test/resources/score-dev-hand/batch25");
        out.add("src/test/resources/score-dev-hand/batch26");
        out.add("src/test/resources/score-dev-hand/batch27");
        out.add("src/test/resources/score-dev-hand/batch28");
        out.add("src/test/resources/score-dev-hand/batch32");
        out.add("src/test/resources/score-dev-hand/batch33");
        out.add("src/test/resources/score-dev-hand/batch38");
        out.add("src/test/resources/score-dev-hand/batch34");
        out.add("src/test/resources/score-dev-hand/batch39");
        out.add("src/test/resources/score-dev-hand/batch41");
        out.add("src/test/resources/score-dev-hand/batch42");
        out.add("src/test/resources/score-dev-hand/batch43");
        out.add("src/test/resources/score-dev-hand/batch44");
        out.add("src/test/resources/score-dev-hand/batch45");
        return List.copyOf(out);
    }

    @Test
    void writesTheWeights() throws IOException {
        String version = System.getProperty("textmodel.train");
        TextModelExperiment pages = new TextModelExperiment();
        List<TextModelTrainer.Example> examples = new ArrayList<>();
        for (String group : TRAINING) {
            pages.load(group).forEach(p -> examples.add(p.example()));
        }
        TextModel model = TextModelTrainer.train(version, examples, SETTINGS);
        Files.writeString(WEIGHTS, TextModelFile.format(model, List.of(
                "Weights of the text model (score/README.md). Generated: do not edit by hand; retrain with",
                "mvn -o test -Dtest=TextModelTraining -Dtextmodel.train=" + version,
                "Trained on " + examples.size() + " labelled pages: " + String.join(", ",
                        TRAINING.stream().map(g -> Path.of(g).getFileName().toString()).toList()),
                "Settings: " + SETTINGS)), StandardCharsets.UTF_8);
        System.out.println("TRAINED " + version + " on " + examples.size() + " pages, " + model.size() + " features -> " + WEIGHTS);
    }
}
