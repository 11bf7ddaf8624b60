package org.clinicverify.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** LiteralScan's merge of ascending runs against the sort it stands for. */
class LiteralScanMergeRunsTest {

    @Test
    void mergedRunsAreWhatSortingGives() {
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            int runs = random.nextInt(7);
            int[] runStarts = new int[runs + 1];
            long[] spans = new long[runs * 12];
            int size = 0;
            for (int r = 0; r < runs; r++) {
                runStarts[r] = size;
                long at = random.nextInt(20);
                int length = 1 + random.nextInt(3); // one literal's: equal starts across runs, as for "keta" and "ketamine"
                for (int k = 1 + random.nextInt(12); k > 0; k--, at += 1 + random.nextInt(4)) {
                    spans[size++] = at << 32 | length;
                }
            }
            runStarts[runs] = size;
            long[] input = Arrays.copyOf(spans, size);
            long[] expected = input.clone();
            Arrays.sort(expected);

            assertArrayEquals(expected, LiteralScan.Occurrences.mergeRuns(input.clone(), runStarts, runs), Arrays.toString(input));
        }
    }
}
