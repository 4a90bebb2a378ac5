package alliancesim.calibrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * ABC-SMC on a model whose posterior is known in closed form: the mean mu of a normal with known
 * variance. Data: the mean of n = 25 draws from N(mu, 1), observed xbar = 1.3; prior mu ~ U(-10, 10).
 * The summary xbar is sufficient, so the exact posterior is N(1.3, 1/25) truncated to the prior
 * (truncation 50 sd away: nil): mean 1.3, sd 0.2.
 *
 * <p>ABC with distance |xbar_sim - xbar_obs| / s (s = 0.2) and tolerance eps targets the posterior
 * convolved with U(-eps s, eps s), whose sd is sqrt(0.04 + (eps s)^2 / 3). The test asks that the
 * final tolerance be at most 0.5 (ABC's inflation of the sd then at most 4 %) and that the
 * weighted mean and sd match the exact ones within 0.05 and 10 %: with an effective sample of at
 * least 1,000 particles the Monte Carlo standard errors are 0.2 / sqrt(1000) = 0.006 for the mean
 * and about 1 / sqrt(2 x 1000) = 2.2 % for the sd, so the tolerances are 8 and 4 standard errors
 * wide plus the 4 % ABC bias, and a wrong weight or kernel (which shift or widen the posterior by
 * far more) fails. The same holds for both ways of moving particles (importance weights, MCMC
 * replenishment): their effective sample must reach 1,000 and their distinct particles 900 (the
 * standard errors above then grow by 5 %).
 */
class AbcSmcTest {
    private static final double OBSERVED = 1.3;
    private static final double SE = 0.2; // 1 / sqrt(25)

    private static final DistanceModel NORMAL_MEAN = (theta, seed) -> {
        double xbar = theta[0] + SE * new SplittableRandom(seed).nextGaussian();
        return Math.abs(xbar - OBSERVED) / SE;
    };

    static AbcSmc.Result calibrate(DistanceModel model, double[] lo, double[] hi, AbcSettings settings, int threads,
                                   List<Population> done) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            return new AbcSmc(model, lo, hi, settings, pool, threads).run(done, (p, s) -> { });
        } finally {
            pool.shutdownNow();
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(value = AbcSettings.Method.class, names = {"IMPORTANCE", "MCMC"})
    void recoversTheAnalyticPosteriorOfANormalMean(AbcSettings.Method method) {
        AbcSettings settings = new AbcSettings(2000, 12, 0.5, 0.01, 42, method);
        AbcSmc.Result r = calibrate(NORMAL_MEAN, new double[] {-10}, new double[] {10}, settings, 2, List.of());
        Population last = r.last();
        double mean = 0;
        for (int i = 0; i < last.size(); i++) {
            mean += last.weights()[i] * last.theta()[i][0];
        }
        double var = 0;
        for (int i = 0; i < last.size(); i++) {
            var += last.weights()[i] * Math.pow(last.theta()[i][0] - mean, 2);
        }
        assertTrue(last.tolerance() <= 0.5, "final tolerance " + last.tolerance());
        assertTrue(last.ess() >= 1000, "ESS " + last.ess());
        assertTrue(last.unique() >= 900, "distinct particles " + last.unique());
        assertEquals(OBSERVED, mean, 0.05, "posterior mean");
        assertEquals(SE, Math.sqrt(var), 0.1 * SE, "posterior sd");
        // the tolerance shrinks every generation
        for (int g = 2; g < r.generations().size(); g++) {
            assertTrue(r.generations().get(g).tolerance() < r.generations().get(g - 1).tolerance());
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(value = AbcSettings.Method.class, names = {"IMPORTANCE", "MCMC"})
    void sameResultOnOneAndTwoThreads(AbcSettings.Method method) {
        AbcSettings settings = new AbcSettings(300, 5, 0.5, 0.01, 7, method);
        double[] lo = {-10, 0};
        double[] hi = {10, 5};
        DistanceModel two = (theta, seed) -> {
            SplittableRandom rng = new SplittableRandom(seed);
            double a = theta[0] + 0.3 * rng.nextGaussian() - 1;
            double b = theta[1] * theta[0] + 0.3 * rng.nextGaussian() - 2;
            return Math.sqrt((a * a + b * b) / 2);
        };
        Population one = calibrate(two, lo, hi, settings, 1, List.of()).last();
        Population twoThreads = calibrate(two, lo, hi, settings, 2, List.of()).last();
        assertEquals(one.proposalsTotal(), twoThreads.proposalsTotal());
        assertArrayEquals(one.weights(), twoThreads.weights());
        assertArrayEquals(one.distances(), twoThreads.distances());
        for (int i = 0; i < one.size(); i++) {
            assertArrayEquals(one.theta()[i], twoThreads.theta()[i]);
        }
    }
    /**
     * A generation given up for want of acceptances has run every proposal it was allowed: its
     * simulations count, by an independent tally of the model's calls after the last generation kept
     * (one thread, so at most one call of the generation before can still be running then).
     */
    @Test
    void countsTheSimulationsOfAGenerationGivenUp() {
        AbcSettings settings = new AbcSettings(200, 30, 0.5, 0.3, 11, AbcSettings.Method.IMPORTANCE);
        java.util.concurrent.atomic.AtomicLong calls = new java.util.concurrent.atomic.AtomicLong();
        DistanceModel counted = (theta, seed) -> {
            calls.incrementAndGet();
            return NORMAL_MEAN.distance(theta, seed);
        };
        long[] callsAtLastKept = new long[1];
        ExecutorService pool = Executors.newFixedThreadPool(1);
        AbcSmc.Result result;
        try {
            result = new AbcSmc(counted, new double[] {-10}, new double[] {10}, settings, pool, 1).run(List.of(),
                    (p, s) -> callsAtLastKept[0] = calls.get());
        } finally {
            pool.shutdownNow();
        }
        assertTrue(result.stopReason().contains("would accept fewer"), result.stopReason());
        long afterLastKept = calls.get() - callsAtLastKept[0];
        assertTrue(result.abandonedSimulations() > 0);
        assertTrue(afterLastKept >= result.abandonedSimulations() && afterLastKept <= result.abandonedSimulations() + 1,
                afterLastKept + " model calls after the last generation kept, " + result.abandonedSimulations() + " counted");
    }
}
