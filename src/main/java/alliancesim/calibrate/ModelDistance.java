package alliancesim.calibrate;

import alliancesim.batch.SeedDerivation;
import alliancesim.batch.Simulator;
import alliancesim.files.InvalidInputException;
import alliancesim.model.Parameters;
import alliancesim.model.Trajectory;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.Target;
import java.util.List;

/**
 * The distance of a scenario's run from its fit targets:
 * sqrt(mean over targets of ((simulated - observed) / sd)^2), a root-mean-square z-score, so
 * 1 means "one standard error off on average" whatever the number of targets.
 *
 * <p>Each particle's distance comes from its own seeded simulation: ABC with one stochastic
 * simulation per particle samples the posterior of the noisy model itself (the accept/reject
 * step is an unbiased estimate of the ABC likelihood; Andrieu and Roberts 2009 show that is
 * enough). With {@code replications} > 1 the distance compares the mean of that many runs, which
 * fits the model's average rather than one of its realisations: narrower, and only right when the
 * figures are themselves averages.
 */
public final class ModelDistance implements DistanceModel {
    private final Simulator simulator;
    private final Scenario scenario;
    private final Parameters base;
    private final Priors priors;
    private final List<Target> targets;
    private final int replications;

    public ModelDistance(Simulator simulator, Scenario scenario, Priors priors, List<Target> fitTargets, int replications) {
        if (fitTargets.isEmpty()) {
            throw new InvalidInputException("no target ends by the cutoff (--until); nothing to calibrate against");
        }
        if (replications < 1) {
            throw new InvalidInputException("--replications-per-particle must be at least 1");
        }
        this.simulator = simulator;
        this.scenario = scenario;
        this.base = scenario.parameters();
        this.priors = priors;
        this.targets = List.copyOf(fitTargets);
        this.replications = replications;
    }

    /** The targets this distance reads: the fit targets, nothing else. */
    public List<Target> targets() {
        return targets;
    }

    @Override
    public double distance(double[] theta, long seed) {
        Parameters p = priors.apply(base, theta);
        double[] stats = new double[targets.size()];
        for (int r = 0; r < replications; r++) {
            long runSeed = replications == 1 ? seed : SeedDerivation.runSeed(seed, 0, r);
            Trajectory t = simulator.simulate(p, scenario.modelEvents(), scenario.months(), runSeed);
            for (int k = 0; k < stats.length; k++) {
                stats[k] += targets.get(k).compute(t) / replications;
            }
        }
        return of(stats, targets);
    }

    /** The distance of simulated statistics from the targets' observed centres. */
    static double of(double[] simulated, List<Target> targets) {
        double s = 0;
        for (int k = 0; k < simulated.length; k++) {
            double z = (simulated[k] - targets.get(k).centre()) / targets.get(k).sd();
            s += z * z;
        }
        double d = Math.sqrt(s / simulated.length);
        return Double.isNaN(d) ? Double.POSITIVE_INFINITY : d;
    }
}
