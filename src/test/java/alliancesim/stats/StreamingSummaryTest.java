package alliancesim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class StreamingSummaryTest {
    @Test
    void upToItsLimitItIsExactlyTheSummaryOfTheValues() {
        Random random = new Random(7);
        double[] values = new double[1000];
        StreamingSummary s = new StreamingSummary(1000);
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextGaussian() * 3 + 10;
            s.add(values[i]);
        }
        assertFalse(s.estimated());
        assertEquals(Summary.of(values), s.summary());
    }

    @Test
    void pastItsLimitMeanAndSdStayExactAndQuantilesAreClose() {
        Random random = new Random(8);
        double[] values = new double[50_000];
        StreamingSummary s = new StreamingSummary(1000);
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.exp(random.nextGaussian()); // skewed: log-normal
            s.add(values[i]);
        }
        assertTrue(s.estimated());
        Summary exact = Summary.of(values);
        Summary streamed = s.summary();
        assertEquals(exact.n(), streamed.n());
        assertEquals(exact.mean(), streamed.mean(), 1e-12 * exact.mean());
        assertEquals(exact.sd(), streamed.sd(), 1e-10 * exact.sd());
        // Within 2 % of the exact quantile; the standard error of the sample's own p05 is about 1 %.
        assertEquals(exact.p05(), streamed.p05(), 0.02 * exact.p05());
        assertEquals(exact.p50(), streamed.p50(), 0.02 * exact.p50());
        assertEquals(exact.p95(), streamed.p95(), 0.02 * exact.p95());
    }

    @Test
    void pastItsLimitQuantilesOfCountsStayExact() {
        Random random = new Random(9);
        double[] crises = new double[20_000];
        StreamingSummary s = new StreamingSummary(1000);
        StreamingSummary observed = new StreamingSummary(1000, true);
        for (int i = 0; i < crises.length; i++) {
            crises[i] = random.nextInt(8) + random.nextInt(3); // a count: 0..9
            s.add(crises[i]);
            observed.add(crises[i]);
        }
        assertFalse(s.estimated());
        for (boolean whole : new boolean[] {false, true}) {
            Summary exact = Summary.of(crises, whole);
            Summary streamed = (whole ? observed : s).summary();
            assertEquals(exact.p05(), streamed.p05(), 0.0);
            assertEquals(exact.p50(), streamed.p50(), 0.0);
            assertEquals(exact.p95(), streamed.p95(), 0.0);
            assertEquals(exact.mean(), streamed.mean(), 1e-12 * exact.mean());
        }
    }

    @Test
    void dropsNaNLikeSummaryOf() {
        StreamingSummary s = new StreamingSummary(5);
        double[] values = {1, Double.NaN, 2, 3};
        for (double v : values) {
            s.add(v);
        }
        assertEquals(Summary.of(values), s.summary());
        assertEquals(3, s.summary().n());
    }
}
