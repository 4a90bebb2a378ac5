package alliancesim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OrderStatisticsTest {
    /** Every wanted place holds what a full sort puts there: continuous samples, ties, constants, sorted input. */
    @Test
    void placedRanksEqualTheSortedSample() {
        SplittableRandom random = new SplittableRandom(3);
        for (int trial = 0; trial < 20_000; trial++) {
            int n = 1 + random.nextInt(trial % 10 == 0 ? 3000 : 200);
            int distinct = switch (trial % 4) {
                case 0 -> 1;
                case 1 -> 3;
                case 2 -> 40;
                default -> Integer.MAX_VALUE;
            };
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = distinct == Integer.MAX_VALUE ? random.nextGaussian() : random.nextInt(distinct);
            }
            if (trial % 7 == 0) {
                Arrays.sort(x); // sorted input, the classic bad case of a naive pivot
            }
            double[] sorted = x.clone();
            Arrays.sort(sorted);
            int[] ranks = Arrays.stream(new int[] {random.nextInt(n), random.nextInt(n), n - 1, 0, random.nextInt(n)})
                    .distinct().sorted().toArray();
            OrderStatistics.place(x, n, ranks);
            for (int r : ranks) {
                assertEquals(sorted[r], x[r], "rank " + r + " of " + n + ", trial " + trial);
            }
            Arrays.sort(x);
            assertEquals(Arrays.toString(sorted), Arrays.toString(x), "the values are only moved");
        }
    }
}
