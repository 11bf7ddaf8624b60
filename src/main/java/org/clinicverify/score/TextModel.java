package org.clinicverify.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A multinomial logistic regression over {@link TextFeatures}: for each category a bias and one
 * weight per known feature; a page's score for a category is the bias plus the sum of the weights of
 * the features present, divided by the square root of how many known features are present (so a long
 * page does not shout), and the probabilities are the softmax of the scores. Deterministic; weights
 * come from a file ({@link TextModelFile}) written by TextModelTrainer (test sources: training is a
 * development step, not part of the service).
 */
final class TextModel {

    static final int CLASSES = Category.values().length;
    /** Slots of the table of recently met feature hashes in {@link #read} (32 KB: it stays in the first-level cache). */
    private static final int RECENT = 4096;

    private final String version;
    private final String[] features;
    private final double[][] weights;
    private final double[] bias;
    /**
     * Open addressing on the feature hash, slot k at [2k, 2k + 1]: the hash, then the feature index + 1
     * (0 when empty). Side by side, a probe reads one cache line where two arrays cost two misses (a
     * page asks the table once per word and word pair).
     */
    private final long[] slots;
    private final int mask;

    TextModel(String version, List<String> features, double[][] weights, double[] bias) {
        this.version = version;
        this.features = features.toArray(String[]::new);
        this.weights = weights;
        this.bias = bias.clone();
        int size = Integer.highestOneBit(Math.max(features.size(), 8) * 2) * 2;
        this.slots = new long[2 * size];
        this.mask = size - 1;
        for (int i = 0; i < this.features.length; i++) {
            long h = TextFeatures.hash(this.features[i]);
            int slot = slot(h);
            while (slots[2 * slot + 1] != 0) {
                if (slots[2 * slot] == h) {
                    throw new IllegalArgumentException("feature " + this.features[i] + " is listed twice or collides with "
                            + this.features[(int) slots[2 * slot + 1] - 1]);
                }
                slot = (slot + 1) & mask;
            }
            slots[2 * slot] = h;
            slots[2 * slot + 1] = i + 1;
        }
    }

    String version() {
        return version;
    }

    int size() {
        return features.length;
    }

    String feature(int index) {
        return features[index];
    }

    double weight(int feature, Category category) {
        return weights[feature][category.ordinal()];
    }

    double bias(Category category) {
        return bias[category.ordinal()];
    }

    /** The known features present on a page, as sorted feature indices. */
    int[] read(String lowerTitle, String lowerText, String urlWords, Collection<String> ruleIds) {
        boolean[] seen = new boolean[features.length];
        // the features met, in the order met: a few hundred, where reading them back from `seen`
        // stepped through all the model's features (54,000) on every page
        IntList found = new IntList();
        // Words and pairs repeat on a page (a padded shop repeats whole paragraphs): a small table of
        // the hashes met lately, in the fastest cache, answers most of them before the feature table,
        // much larger, is probed. Lossy (a newer hash takes the slot): a hash looked up twice is harmless.
        long[] recent = new long[RECENT];
        TextFeatures.hashes(lowerTitle, lowerText, urlWords, ruleIds, hash -> {
            int r = (int) hash & RECENT - 1;
            if (recent[r] == hash && hash != 0) {
                return;
            }
            recent[r] = hash;
            int index = index(hash);
            if (index >= 0 && !seen[index]) {
                seen[index] = true;
                found.add(index);
            }
        });
        int[] present = found.toArray();
        Arrays.sort(present);
        return present;
    }

    /** The features present on any of the pages (a site reads as the union of its pages). */
    static int[] union(List<int[]> pages) {
        if (pages.size() == 1) {
            return pages.get(0);
        }
        return pages.stream().flatMapToInt(Arrays::stream).sorted().distinct().toArray();
    }

    private int index(long hash) {
        int slot = slot(hash);
        for (long index = slots[2 * slot + 1]; index != 0; index = slots[2 * slot + 1]) {
            if (slots[2 * slot] == hash) {
                return (int) index - 1;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private int slot(long hash) {
        return (int) (hash ^ hash >>> 29 ^ hash >>> 47) & mask;
    }

    /** The model's reading of a page or site: a probability per category and what drove it. */
    record Opinion(Map<Category, Double> probabilities, int[] present) {

        double probability(Category category) {
            return probabilities.get(category);
        }

        Category best() {
            return probabilities.entrySet().stream().max(Map.Entry.<Category, Double>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        }
    }

    Opinion opinion(int[] present) {
        double scale = present.length == 0 ? 0 : 1 / Math.sqrt(present.length);
        double[] score = new double[CLASSES];
        for (int c = 0; c < CLASSES; c++) {
            double sum = 0;
            for (int f : present) {
                sum += weights[f][c];
            }
            score[c] = bias[c] + scale * sum;
        }
        double[] p = softmax(score);
        Map<Category, Double> probabilities = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            probabilities.put(c, p[c.ordinal()]);
        }
        return new Opinion(probabilities, present);
    }

    static double[] softmax(double[] score) {
        double max = Arrays.stream(score).max().orElse(0);
        double[] p = new double[score.length];
        double total = 0;
        for (int c = 0; c < score.length; c++) {
            p[c] = Math.exp(score[c] - max);
            total += p[c];
        }
        for (int c = 0; c < score.length; c++) {
            p[c] /= total;
        }
        return p;
    }

    /**
     * The features present that speak most for {@code category} against the strongest other
     * category, strongest first (ties by name): what a person reads as "why".
     */
    List<String> reasons(int[] present, Category category, int limit) {
        List<int[]> ranked = new ArrayList<>();
        double[] margin = new double[features.length];
        for (int f : present) {
            double other = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < CLASSES; c++) {
                if (c != category.ordinal()) {
                    other = Math.max(other, weights[f][c]);
                }
            }
            margin[f] = weights[f][category.ordinal()] - other;
            if (margin[f] > 0) {
                ranked.add(new int[] {f});
            }
        }
        ranked.sort(Comparator.<int[]>comparingDouble(a -> -margin[a[0]]).thenComparing(a -> features[a[0]]));
        return ranked.stream().limit(limit).map(a -> features[a[0]]).toList();
    }
}
