package org.clinicverify.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Trains a {@link TextModel}: multinomial logistic regression with an L2 penalty, by full-batch
 * gradient descent with per-weight AdaGrad steps for a fixed number of rounds, starting from zero.
 * Deterministic: the same examples in the same order give the same weights, bit for bit. Features
 * seen on fewer than {@code minPages} training pages are dropped (an author's pet words do not make a
 * rule), and weights are rounded to four decimals as the file stores them.
 */
final class TextModelTrainer {

    /** One labelled page: its feature names (each once) and its category. */
    record Example(Set<String> features, Category category) {
    }

    /**
     * @param minPages fewest training pages a feature must occur on
     * @param l2       penalty on the squared weights (per page)
     * @param rounds   gradient steps
     * @param step     AdaGrad step size
     * @param padSellers whether every seller page is learned a second time padded with a non-seller page's words
     *                   ({@link #padded})
     */
    record Settings(int minPages, double l2, int rounds, double step, boolean padSellers) {

        static final Settings DEFAULT = new Settings(3, 3e-4, 300, 0.5, true);
    }

    private TextModelTrainer() {
    }

    /**
     * The examples and, for each seller, a copy with the words (and pairs) of a non-seller page added,
     * picked in turn: sellers pad their pages with generic medical text ("what is ketamine", "under
     * medical supervision"), and a model that never saw it reads a padded seller as a clinic. The
     * copy keeps the seller's own URL and rule features (padding does not change them).
     */
    static List<Example> padded(List<Example> examples) {
        List<Example> others = examples.stream().filter(e -> e.category() != Category.SELLER).toList();
        List<Example> out = new ArrayList<>(examples);
        int next = 0;
        for (Example e : examples) {
            if (e.category() == Category.SELLER && !others.isEmpty()) {
                Set<String> features = new TreeSet<>(e.features());
                others.get(next++ * 7 % others.size()).features().stream()
                        .filter(f -> f.charAt(0) == TextFeatures.WORD || f.charAt(0) == TextFeatures.PAIR).forEach(features::add);
                out.add(new Example(features, Category.SELLER));
            }
        }
        return out;
    }

    static TextModel train(String version, List<Example> given, Settings s) {
        List<Example> examples = s.padSellers() ? padded(given) : given;
        Map<String, Integer> pages = new TreeMap<>();
        for (Example e : given) { // the vocabulary: real pages only (a padded copy is no new page)
            e.features().forEach(f -> pages.merge(f, 1, Integer::sum));
        }
        List<String> vocabulary = new ArrayList<>();
        pages.forEach((f, n) -> {
            if (n >= s.minPages()) {
                vocabulary.add(f);
            }
        });
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            index.put(vocabulary.get(i), i);
        }
        int k = TextModel.CLASSES;
        int[][] rows = new int[examples.size()][];
        double[] scale = new double[examples.size()];
        for (int d = 0; d < rows.length; d++) {
            rows[d] = new TreeSet<>(examples.get(d).features()).stream().filter(index::containsKey).mapToInt(index::get).toArray();
            scale[d] = rows[d].length == 0 ? 0 : 1 / Math.sqrt(rows[d].length);
        }
        int v = vocabulary.size();
        // flat arrays, feature-major: w[f * k + c]
        double[] w = new double[v * k];
        double[] b = new double[k];
        double[] g2 = new double[v * k];
        double[] b2 = new double[k];
        double[] grad = new double[v * k];
        double[] bg = new double[k];
        double[] score = new double[k];
        double n = rows.length;
        for (int round = 0; round < s.rounds(); round++) {
            Arrays.fill(grad, 0);
            Arrays.fill(bg, 0);
            for (int d = 0; d < rows.length; d++) {
                System.arraycopy(b, 0, score, 0, k);
                for (int f : rows[d]) {
                    for (int c = 0; c < k; c++) {
                        score[c] += scale[d] * w[f * k + c];
                    }
                }
                double[] p = TextModel.softmax(score);
                int y = examples.get(d).category().ordinal();
                for (int c = 0; c < k; c++) {
                    double err = (p[c] - (c == y ? 1 : 0)) / n;
                    bg[c] += err;
                    double e = err * scale[d];
                    for (int f : rows[d]) {
                        grad[f * k + c] += e;
                    }
                }
            }
            for (int i = 0; i < w.length; i++) {
                double g = grad[i] + s.l2() * w[i];
                g2[i] += g * g;
                w[i] -= s.step() * g / (Math.sqrt(g2[i]) + 1e-8);
            }
            for (int c = 0; c < k; c++) {
                b2[c] += bg[c] * bg[c];
                b[c] -= s.step() * bg[c] / (Math.sqrt(b2[c]) + 1e-8);
            }
        }
        double[][] weights = new double[v][k];
        for (int f = 0; f < v; f++) {
            for (int c = 0; c < k; c++) {
                weights[f][c] = round(w[f * k + c]);
            }
        }
        for (int c = 0; c < k; c++) {
            b[c] = round(b[c]);
        }
        return new TextModel(version, vocabulary, weights, b);
    }

    static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }
}
