package alliancesim.batch;

import alliancesim.model.Trajectory;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.Target;
import alliancesim.stats.Summary;
import java.util.ArrayList;
import java.util.List;

/**
 * A scenario's runs against public figures: each target's statistic over the replicates, its mean
 * median and 5-95 % band, and whether the mean lies inside the figure's uncertainty (its interval, or the
 * value +- 1.645 sd, a 90 % normal interval).
 */
public final class TargetCheck {
    private TargetCheck() {
    }

    /** One target against the runs. */
    public record Row(Target target, double mean, double p05, double p50, double p95) {
        public double low() {
            return target.hasInterval() ? target.intervalLow() : target.value() - Target.Z90 * target.sd();
        }

        public double high() {
            return target.hasInterval() ? target.intervalHigh() : target.value() + Target.Z90 * target.sd();
        }

        public boolean inside() {
            return mean >= low() && mean <= high();
        }
    }

    public static List<Row> run(Scenario scenario, List<Target> targets, int replications, Simulator simulator) {
        double[][] stats = new double[targets.size()][replications];
        for (int r = 0; r < replications; r++) {
            Trajectory t = simulator.simulate(scenario.parameters(), scenario.modelEvents(), scenario.months(),
                    SeedDerivation.runSeed(scenario.seed(), 0, r));
            for (int i = 0; i < targets.size(); i++) {
                stats[i][r] = targets.get(i).compute(t);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Summary s = Summary.of(stats[i]);
            rows.add(new Row(targets.get(i), s.mean(), s.p05(), s.p50(), s.p95()));
        }
        return rows;
    }
}
