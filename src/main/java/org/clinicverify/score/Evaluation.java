package org.clinicverify.score;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures the scorer on a labelled set: a folder with {@code labels.csv} (header
 * {@code id,url,file,category,flagged,...}) and the page files it names (.html or .txt). Each page
 * is assessed on its own through {@link PageAssessor}, as the assess API would.
 */
public final class Evaluation {

    /** One labelled item and what the scorer said. */
    public record Item(String id, String url, Category expected, boolean expectedFlag, Category actual, boolean flagged) {
    }

    /** The figures. */
    public record Report(List<Item> items) {

        public int[][] confusion() {
            int[][] m = new int[Category.values().length][Category.values().length];
            items.forEach(i -> m[i.expected().ordinal()][i.actual().ordinal()]++);
            return m;
        }

        public double precision(Category c) {
            int[][] m = confusion();
            int predicted = 0;
            for (Category e : Category.values()) {
                predicted += m[e.ordinal()][c.ordinal()];
            }
            return predicted == 0 ? 0 : (double) m[c.ordinal()][c.ordinal()] / predicted;
        }

        public double recall(Category c) {
            int[][] m = confusion();
            int actual = 0;
            for (Category p : Category.values()) {
                actual += m[c.ordinal()][p.ordinal()];
            }
            return actual == 0 ? 0 : (double) m[c.ordinal()][c.ordinal()] / actual;
        }

        public double f1(Category c) {
            double p = precision(c);
            double r = recall(c);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double macroF1() {
            double sum = 0;
            for (Category c : Category.values()) {
                sum += f1(c);
            }
            return sum / Category.values().length;
        }

        public double flagPrecision() {
            long flagged = items.stream().filter(Item::flagged).count();
            long right = items.stream().filter(i -> i.flagged() && i.expectedFlag()).count();
            return flagged == 0 ? 0 : (double) right / flagged;
        }

        public double flagRecall() {
            long sellers = items.stream().filter(Item::expectedFlag).count();
            long right = items.stream().filter(i -> i.flagged() && i.expectedFlag()).count();
            return sellers == 0 ? 0 : (double) right / sellers;
        }

        /** Telehealth or informational items that were flagged (the target is none). */
        public List<Item> protectedButFlagged() {
            return items.stream().filter(i -> i.flagged()
                    && (i.expected() == Category.TELEHEALTH || i.expected() == Category.INFORMATIONAL)).toList();
        }

        public List<Item> mistakes() {
            return items.stream().filter(i -> i.expected() != i.actual() || i.expectedFlag() != i.flagged()).toList();
        }

        public String format() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "items: %d%n%nconfusion (rows: expected, columns: predicted)%n%-15s", items.size(), ""));
            for (Category c : Category.values()) {
                out.append(String.format(Locale.ROOT, "%15s", c.id()));
            }
            out.append('\n');
            int[][] m = confusion();
            for (Category e : Category.values()) {
                out.append(String.format(Locale.ROOT, "%-15s", e.id()));
                for (Category p : Category.values()) {
                    out.append(String.format(Locale.ROOT, "%15d", m[e.ordinal()][p.ordinal()]));
                }
                out.append('\n');
            }
            out.append(String.format(Locale.ROOT, "%n%-15s%10s%10s%10s%n", "category", "precision", "recall", "f1"));
            for (Category c : Category.values()) {
                out.append(String.format(Locale.ROOT, "%-15s%10.3f%10.3f%10.3f%n", c.id(), precision(c), recall(c), f1(c)));
            }
            out.append(String.format(Locale.ROOT, "%nmacro-F1: %.3f%nseller flag precision: %.3f  recall: %.3f%n"
                    + "telehealth/informational items flagged: %d%n", macroF1(), flagPrecision(), flagRecall(),
                    protectedButFlagged().size()));
            out.append("\nmistakes:\n");
            mistakes().forEach(i -> out.append(String.format(Locale.ROOT, "  %-6s expected %s/%s got %s/%s  %s%n", i.id(),
                    i.expected().id(), i.expectedFlag(), i.actual().id(), i.flagged(), i.url())));
            return out.toString();
        }
    }

    private Evaluation() {
    }

    public static Report run(Path folder, PageAssessor assessor) throws IOException {
        List<Item> items = new ArrayList<>();
        for (Labelled page : read(folder)) {
            Verdict v = assessor.assess(page.request());
            items.add(new Item(page.id(), page.request().url(), page.category(), page.flagged(), v.category(), v.flagged()));
        }
        return new Report(List.copyOf(items));
    }

    /** One labelled page: its id, its label, and the request that assesses it (HTML, or plain text for a .txt file). */
    record Labelled(String id, Category category, boolean flagged, AssessRequest request) {
    }

    /** The pages of a labelled folder ({@code labels.csv}: id,url,file,category,flagged,...), in file order. */
    static List<Labelled> read(Path folder) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve("labels.csv"), StandardCharsets.UTF_8);
        List<Labelled> pages = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> f = RemsCsv.fields(line);
            String body = Files.readString(folder.resolve(f.get(2)), StandardCharsets.UTF_8);
            AssessRequest request = f.get(2).endsWith(".txt")
                    ? new AssessRequest(f.get(1), null, body) : new AssessRequest(f.get(1), body, null);
            pages.add(new Labelled(f.get(0), Category.fromId(f.get(3)), Boolean.parseBoolean(f.get(4)), request));
        }
        return pages;
    }

    static Map<Category, Integer> counts(Report report) {
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        report.items().forEach(i -> counts.merge(i.expected(), 1, Integer::sum));
        return counts;
    }
}
