package alliancesim.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.model.Output;
import alliancesim.model.Trajectory;
import alliancesim.stats.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Past the exact limit a point's summaries are P² estimates fed every value in replicate order.
 * Streamed on an executor, in blocks and groups of months, they must be the same bits as fed one
 * run at a time on the adding thread: each estimator still sees its values in the same order.
 */
class PointTimeseriesTest {
    private static final int MONTHS = 6;

    /** Runs past the limit, in two whole blocks and a partial one, with failed runs among them. */
    private static List<RunResult> runs() {
        SplittableRandom random = new SplittableRandom(11);
        List<RunResult> runs = new ArrayList<>();
        int n = PointTimeseries.EXACT_RUNS + 2 * PointTimeseries.BLOCK + 276;
        for (int i = 0; i < n; i++) {
            RunKey key = new RunKey(0, i, i);
            if (i % 997 == 0) {
                runs.add(RunResult.failed(key, new IllegalStateException("a failed run adds nothing")));
                continue;
            }
            double[][] v = new double[MONTHS][Output.all().size()];
            for (double[] row : v) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = j % 5 == 0 ? random.nextInt(4) : random.nextGaussian() * (j + 1) + j; // some few-valued
                }
            }
            runs.add(RunResult.ok(key, new Trajectory(v)));
        }
        return runs;
    }

    private static Summary[][] summarized(PointTimeseries series, List<RunResult> runs) {
        runs.forEach(series::add);
        return series.allSummaries();
    }

    @Test
    void streamingOnAnExecutorGivesTheSameSummariesAsOnTheAddingThread() throws Exception {
        List<RunResult> runs = runs();
        Summary[][] here = summarized(new PointTimeseries(Output.all()), runs);
        assertEquals(PointTimeseries.EXACT_RUNS + 2 * PointTimeseries.BLOCK + 276 - 12, here[0][1].n(),
                "every successful run counted once (12 failed)");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int groups : new int[] {1, 2, 4, 9}) { // 4: uneven groups of months; 9: more groups than months
                Summary[][] pooled = summarized(new PointTimeseries(Output.all(), pool, groups), runs);
                for (int m = 0; m < MONTHS; m++) {
                    assertArrayEquals(here[m], pooled[m], "month " + m + ", " + groups + " groups");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void drainedSummariesCanBeAskedForOnTheExecutorsOwnThread() throws Exception {
        List<RunResult> runs = runs();
        Summary[][] here = summarized(new PointTimeseries(Output.all()), runs);
        ExecutorService one = Executors.newSingleThreadExecutor();
        try {
            PointTimeseries series = new PointTimeseries(Output.all(), one, 2);
            runs.forEach(series::add);
            series.drain(); // as SweepFiles does before handing a finished point to the summaries' threads
            Summary[][] there = one.submit(series::allSummaries).get(60, TimeUnit.SECONDS);
            for (int m = 0; m < MONTHS; m++) {
                assertArrayEquals(here[m], there[m], "month " + m);
            }
            assertTrue(here[MONTHS - 1][1].sd() > 0);
        } finally {
            one.shutdownNow();
        }
    }
}
