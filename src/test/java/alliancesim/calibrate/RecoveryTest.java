package alliancesim.calibrate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.batch.SeedDerivation;
import alliancesim.batch.Simulator;
import alliancesim.model.Output;
import alliancesim.model.Param;
import alliancesim.model.Parameters;
import alliancesim.model.Trajectory;
import alliancesim.scenario.ParameterRange;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import alliancesim.scenario.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Recovery on the real model: targets made by the model itself at known parameter values, with
 * noise at the targets' sd, then calibrated; the 90 % posterior intervals must cover the true
 * values for at least 80 % of the fitted parameters over three seeded trials (9 intervals: at
 * least 8), and be on average narrower than three quarters of the prior's. The outputs are robust ones (cumulative PRK shells, the two GDP indices) and the
 * parameters the levers that drive them, because the model's mechanisms are being rewritten.
 */
class RecoveryTest {
    private static final Priors PRIORS = new Priors(List.of(
            new ParameterRange(Param.ECONOMY_GROWTH_RUS, 0.0, 0.06),
            new ParameterRange(Param.ECONOMY_GROWTH_PRK, 0.0, 0.06),
            new ParameterRange(Param.MUNITIONS_PRK_EXPORT_SHARE, 0.2, 1.0)));
    private static final double[] TRUTH = {0.035, 0.02, 0.55};

    @Test
    void ninetyPercentIntervalsCoverTheTruth() {
        Scenario s = new ScenarioLoader().load(CalibrationTest.SCENARIO);
        Parameters truth = PRIORS.apply(s.parameters(), TRUTH);
        int covered = 0;
        int intervals = 0;
        double widthRatio = 0;
        List<String> misses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int trial = 0; trial < 3; trial++) {
                List<Target> targets = targets(s, truth, trial);
                ModelDistance distance = new ModelDistance(Simulator.MODEL, s, PRIORS, targets, 1);
                AbcSmc abc = new AbcSmc(distance, PRIORS.lower(), PRIORS.upper(),
                        new AbcSettings(300, 6, 0.5, 0.01, 1000 + trial), pool, 2);
                Population p = abc.run(List.of(), (g, secs) -> { }).last();
                for (int k = 0; k < TRUTH.length; k++) {
                    int index = k;
                    double[] x = java.util.Arrays.stream(p.theta()).mapToDouble(t -> t[index]).toArray();
                    double lo = Weighted.quantile(x, p.weights(), 0.05);
                    double hi = Weighted.quantile(x, p.weights(), 0.95);
                    intervals++;
                    widthRatio += (hi - lo) / (0.9 * (PRIORS.upper()[k] - PRIORS.lower()[k]));
                    if (lo <= TRUTH[k] && TRUTH[k] <= hi) {
                        covered++;
                    } else {
                        misses.add("trial " + trial + " " + PRIORS.params().get(k).key() + ": [" + lo + ", " + hi + "]");
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(covered >= Math.ceil(0.8 * intervals), covered + " of " + intervals + " covered; missed " + misses);
        // and not by staying as wide as the prior: the intervals must have learnt from the data
        assertTrue(widthRatio / intervals < 0.75, "90 % intervals are on average " + widthRatio / intervals
                + " of the prior's 90 % range");
    }

    /** The truth's statistics from one run, plus normal noise at each target's sd. */
    private static List<Target> targets(Scenario s, Parameters truth, int trial) {
        Trajectory t = Simulator.MODEL.simulate(truth, s.modelEvents(), s.months(), SeedDerivation.runSeed(77, trial, 0));
        SplittableRandom noise = new SplittableRandom(SeedDerivation.runSeed(78, trial, 0));
        List<Target> targets = new ArrayList<>();
        for (int to : new int[] {5, 11, 17}) {
            targets.add(observed(s, "shells-" + to, Output.SHELLS_TRANSFERRED, Target.Statistic.CUMULATIVE, 0, to, t,
                    noise, 0.05));
            targets.add(observed(s, "rus-gdp-" + to, Output.RUS_GDP_INDEX, Target.Statistic.VALUE, to, to, t, noise, 0.005));
            targets.add(observed(s, "prk-gdp-" + to, Output.PRK_GDP_INDEX, Target.Statistic.VALUE, to, to, t, noise, 0.005));
        }
        return targets;
    }

    /** sdShare: the sd as a share of the value for cumulative shells, an absolute sd for the indices. */
    private static Target observed(Scenario s, String name, Output o, Target.Statistic stat, int from, int to,
                                   Trajectory t, SplittableRandom noise, double sdShare) {
        Target exact = new Target(name, o, stat, s.start().plusMonths(from), s.start().plusMonths(to), from, to, 0, 1,
                Double.NaN, Double.NaN, "model", "", null, 0);
        double v = exact.compute(t);
        double sd = stat == Target.Statistic.CUMULATIVE ? sdShare * v : sdShare;
        return new Target(name, o, stat, exact.fromDate(), exact.toDate(), from, to, v + sd * noise.nextGaussian(), sd,
                Double.NaN, Double.NaN, "model", "", null, 0);
    }
}
