package alliancesim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** bench's timings on a simulated clock: a machine that slows down steadily charges both sides alike. */
class BenchmarkPairingTest {
    /** A clock the work moves on: each piece of work costs 1,000 ticks, 1 % more for every 1,000 ticks already gone. */
    private static final class DriftingMachine {
        long now;

        void work() {
            now += Math.round(1000 * (1 + 0.01 * now / 1000.0));
        }
    }

    @Test
    void alternatingBlocksCancelASteadyDrift() {
        DriftingMachine m = new DriftingMachine();
        double[] paired = Benchmark.alternate(40, () -> m.now, m::work, m::work);
        // The same work on both sides: their ratio is 1 up to what a straight-line drift leaves (second order).
        assertEquals(1.0, paired[0] / paired[1], 0.005);

        DriftingMachine one = new DriftingMachine();
        long a0 = one.now;
        for (int i = 0; i < 40; i++) {
            one.work();
        }
        long a = one.now - a0;
        long b0 = one.now;
        for (int i = 0; i < 40; i++) {
            one.work();
        }
        long b = one.now - b0;
        // Timed one after the other, the second side pays the drift: about 40 % more here.
        assertTrue(b / (double) a > 1.3, "sequential ratio " + b / (double) a);
    }

    /** (highest - lowest) / median: 2.69 to 3.03 around 2.8 is 12 %, by hand. */
    @Test
    void spreadIsTheRangeOverTheMedian() {
        assertEquals((3.03 - 2.69) / 2.8, Benchmark.spread(new double[] {2.69, 3.03, 2.8}), 1e-12);
        assertEquals((1.1 - 0.9) / 1.0, Benchmark.spread(new double[] {0.9, 1.1, 1.0, 0.95, 1.05}), 1e-12);
        assertEquals(0, Benchmark.spread(new double[] {5}));
    }
}
