package org.clinicverify.score;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.clinicverify.SettingException;

/**
 * Reads and writes the weights of a {@link TextModel}: a tab-separated text file.
 *
 * <pre>
 * # comments
 * version	tm-2026.12.07-1
 * classes	clinic	telehealth	seller	informational
 * bias	-0.1	0.2	0.0	-0.1
 * w:stealth	-0.5	-0.4	1.3	-0.4
 * ...
 * </pre>
 *
 * One line per feature ({@link TextFeatures}: {@code w:}, {@code b:}, {@code u:}, {@code r:}) with a
 * finite weight per class, in the order of the classes line. A malformed file fails with a
 * {@link SettingException} naming the file, the line and the problem.
 */
final class TextModelFile {

    private static final String CLASSES = String.join("\t", Arrays.stream(Category.values()).map(Category::id).toList());

    private TextModelFile() {
    }

    /** Loads "classpath:score/text-model.tsv" or a file path. */
    static TextModel load(String location, String setting) {
        if (location.startsWith("classpath:")) {
            String resource = location.substring("classpath:".length()).replaceFirst("^/", "");
            try (InputStream in = TextModelFile.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new SettingException(setting + ": no text model resource " + resource + " on the classpath");
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), location);
            } catch (IOException e) {
                throw new SettingException(setting + ": cannot read text model " + location + ": " + e.getMessage(), e);
            }
        }
        try {
            return parse(Files.readString(Path.of(location), StandardCharsets.UTF_8), location);
        } catch (IOException e) {
            throw new SettingException(setting + ": cannot read text model " + location + ": " + e.getMessage(), e);
        }
    }

    static TextModel parse(String content, String source) {
        String version = null;
        boolean classes = false;
        double[] bias = null;
        List<String> features = new ArrayList<>();
        List<double[]> weights = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = "text model " + source + " line " + (i + 1);
            String[] f = line.split("\t", -1);
            if (version == null) {
                if (!f[0].equals("version") || f.length != 2 || f[1].isBlank()) {
                    throw new SettingException(where + ": expected 'version<TAB>name' first");
                }
                version = f[1];
            } else if (!classes) {
                if (!line.equals("classes\t" + CLASSES)) {
                    throw new SettingException(where + ": expected 'classes<TAB>" + CLASSES.replace("\t", "<TAB>") + "'");
                }
                classes = true;
            } else if (bias == null) {
                if (!f[0].equals("bias")) {
                    throw new SettingException(where + ": expected the 'bias' line");
                }
                bias = numbers(f, where);
            } else {
                if (f[0].length() < 3 || f[0].charAt(1) != ':' || "wbur".indexOf(f[0].charAt(0)) < 0) {
                    throw new SettingException(where + ": feature '" + f[0] + "' is not w:, b:, u: or r: followed by a name");
                }
                features.add(f[0]);
                weights.add(numbers(f, where));
            }
        }
        if (bias == null) {
            throw new SettingException("text model " + source + ": incomplete, needs version, classes and bias lines");
        }
        try {
            return new TextModel(version, features, weights.toArray(double[][]::new), bias);
        } catch (IllegalArgumentException e) {
            throw new SettingException("text model " + source + ": " + e.getMessage());
        }
    }

    private static double[] numbers(String[] f, String where) {
        if (f.length != TextModel.CLASSES + 1) {
            throw new SettingException(where + ": expected " + TextModel.CLASSES + " weights after '" + f[0] + "', got " + (f.length - 1));
        }
        double[] out = new double[TextModel.CLASSES];
        for (int c = 0; c < out.length; c++) {
            try {
                out[c] = Double.parseDouble(f[c + 1]);
            } catch (NumberFormatException e) {
                throw new SettingException(where + ": weight '" + f[c + 1] + "' is not a number");
            }
            if (!Double.isFinite(out[c])) {
                throw new SettingException(where + ": weight '" + f[c + 1] + "' is not finite");
            }
        }
        return out;
    }

    /** The file's text; features whose weights all round to zero are left out. */
    static String format(TextModel model, List<String> header) {
        StringBuilder out = new StringBuilder();
        header.forEach(h -> out.append("# ").append(h).append('\n'));
        out.append("version\t").append(model.version()).append('\n');
        out.append("classes\t").append(CLASSES).append('\n');
        out.append("bias");
        for (Category c : Category.values()) {
            out.append('\t').append(number(model.bias(c)));
        }
        out.append('\n');
        for (int i = 0; i < model.size(); i++) {
            StringBuilder row = new StringBuilder(model.feature(i));
            boolean any = false;
            for (Category c : Category.values()) {
                double w = model.weight(i, c);
                any |= w != 0;
                row.append('\t').append(number(w));
            }
            if (any) {
                out.append(row).append('\n');
            }
        }
        return out.toString();
    }

    private static String number(double w) {
        return w == 0 ? "0" : String.format(Locale.ROOT, "%.4f", w).replaceFirst("0+$", "").replaceFirst("\\.$", "");
    }
}
