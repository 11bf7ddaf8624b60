package org.clinicverify.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * What {@link LiteralScan} tells about a text (which literals occur, how often, where, and the
 * windows around them) against the same worked out with {@code String.indexOf}, on random texts
 * over a few letters (literals inside and at the end of one another, counts past the cap) and on
 * real pages with the rule book's literals.
 */
class LiteralScanTest {

    @Test
    void randomTextsReadLikeIndexOf() {
        Random random = new Random(5);
        List<String> literals = List.of("a", "b", "ab", "ba", "aab", "bab", "abab", "b a", " ", "a a", "ca", "abc", "c", "xa", "aaaa");
        List<String> texts = new ArrayList<>(List.of("", "a", "abab", "aaaaaa"));
        for (int k = 0; k < 300; k++) {
            texts.add(randomText(random, "abc x", random.nextInt(k < 250 ? 60 : 30_000)));
        }
        texts.add("ab".repeat(6_000)); // "a", "b", "ab", "ba" past the cap, "bab" and "abab" too
        assertSameAsIndexOf(literals, texts, random);
    }

    @Test
    void realPagesReadLikeIndexOf() throws IOException {
        RuleBook book = RuleBookLoader.load("classpath:score/rules.yml");
        List<String> literals = book.rules().stream().flatMap(r -> r.patterns().stream())
                .flatMap(p -> PatternSearch.literals(p).stream()).distinct().sorted().toList();
        List<String> texts = List.of(Literals.lower(AssessBenchmark.paddedShopPage()), Literals.lower(AssessBenchmark.clinicPage()),
                Literals.lower(AssessBenchmark.navigationPage()));
        assertTrue(literals.size() > 1000, literals.size() + " literals");
        assertSameAsIndexOf(literals, texts, new Random(9));
    }

    private static void assertSameAsIndexOf(List<String> literals, List<String> texts, Random random) {
        LiteralScan scan = new LiteralScan(literals);
        for (String text : texts) {
            LiteralScan.Occurrences found = scan.scan(text);
            String where = " in a text of " + text.length() + " chars starting " + text.substring(0, Math.min(40, text.length()));
            List<int[]> positions = literals.stream().map(l -> indexOfAll(text, l)).toList();
            Set<String> present = new TreeSet<>();
            for (int id = 0; id < literals.size(); id++) {
                int[] at = positions.get(id);
                int capped = Math.min(at.length, LiteralScan.MAX_POSITIONS + 1);
                assertEquals(at.length > 0, found.contains(scan.id(literals.get(id))), literals.get(id) + where);
                assertEquals(capped, found.occurrences(new int[] {scan.id(literals.get(id))}), literals.get(id) + where);
                if (at.length > 0) {
                    present.add(literals.get(id));
                    assertEquals(Arrays.toString(Arrays.copyOf(at, capped)), Arrays.toString(found.positions(scan.id(literals.get(id)))),
                            literals.get(id) + where);
                }
            }
            assertEquals(present, Arrays.stream(found.seen()).mapToObj(scan::literal).collect(Collectors.toCollection(TreeSet::new)), where);
            // windows of a few literals together, where they overlap and touch
            for (int k = 0; k < 40; k++) {
                int[] ids = new int[1 + random.nextInt(4)];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = k < 20 && !present.isEmpty() ? scan.id(List.copyOf(present).get(random.nextInt(present.size())))
                            : random.nextInt(literals.size());
                }
                ids = Arrays.stream(ids).distinct().toArray();
                int before = random.nextInt(6);
                int after = random.nextInt(6);
                String what = Arrays.stream(ids).mapToObj(scan::literal).toList() + " " + before + "/" + after + where;
                assertEquals(naiveWindows(text, literals, positions, ids, before, after), describe(found.windowsAndStarts(ids, before, after)), what);
            }
        }
    }

    /** Windows and starts marked char by char, then read back as runs. */
    private static String naiveWindows(String text, List<String> literals, List<int[]> positions, int[] ids, int before, int after) {
        boolean[] window = new boolean[text.length() + 1];
        boolean[] start = new boolean[text.length() + 1];
        for (int id : ids) {
            if (positions.get(id).length > LiteralScan.MAX_POSITIONS) {
                return "null";
            }
            for (int at : positions.get(id)) {
                int from = Math.max(0, at - before);
                Arrays.fill(window, from, Math.min(text.length(), at + literals.get(id).length() + after), true);
                Arrays.fill(start, from, at + 1, true);
            }
        }
        return runs(window) + " " + runs(start);
    }

    private static String describe(int[][] both) {
        return both == null ? "null" : Arrays.toString(both[0]) + " " + Arrays.toString(both[1]);
    }

    private static String runs(boolean[] marked) {
        List<Integer> pairs = new ArrayList<>();
        for (int i = 0; i < marked.length; i++) {
            if (marked[i] && (i == 0 || !marked[i - 1])) {
                pairs.add(i);
            }
            if (marked[i] && (i + 1 == marked.length || !marked[i + 1])) {
                pairs.add(i + 1);
            }
        }
        return pairs.toString();
    }

    private static int[] indexOfAll(String text, String literal) {
        List<Integer> at = new ArrayList<>();
        for (int i = text.indexOf(literal); i >= 0; i = text.indexOf(literal, i + 1)) {
            at.add(i);
        }
        return at.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int n = 0; n < length; n++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
