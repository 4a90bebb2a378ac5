package alliancesim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/** The P² quantiles a {@link StreamingSummary} gives past its exact limit (Commons Math's estimator). */
class StreamingQuantilesTest {
    @Test
    void estimatesLieCloseToTheExactQuantilesOfLargeSamples() {
        Random random = new Random(42);
        DoubleSupplier[] distributions = {random::nextGaussian, () -> -Math.log(1 - random.nextDouble())};
        for (DoubleSupplier draw : distributions) {
            double[] sample = new double[100_000];
            StreamingSummary s = new StreamingSummary(1_000);
            for (int i = 0; i < sample.length; i++) {
                sample[i] = draw.getAsDouble();
                s.add(sample[i]);
            }
            Arrays.sort(sample);
            assertTrue(s.estimated(), "past the exact limit with many distinct values: P² estimates");
            Summary summary = s.summary();
            assertEquals(100_000, summary.n());
            double[] ps = {0.05, 0.5, 0.95};
            double[] estimates = {summary.p05(), summary.p50(), summary.p95()};
            for (int k = 0; k < ps.length; k++) {
                // Between the exact quantiles half a percentage point either side of p.
                double low = Summary.quantile(sample, ps[k] - 0.005);
                double high = Summary.quantile(sample, ps[k] + 0.005);
                assertTrue(low <= estimates[k] && estimates[k] <= high,
                        "p = " + ps[k] + ": estimate " + estimates[k] + " outside [" + low + ", " + high + "]");
            }
        }
    }
}
