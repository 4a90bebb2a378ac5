package alliancesim.batch;

import alliancesim.model.Output;
import alliancesim.model.Trajectory;
import alliancesim.scenario.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Each run's outputs over a span of months: a flow's total over it, and any output's value at its end
 * and mean over it. The files keep each run's final values and totals but not its months, so the runs
 * are made again in memory, on the same seeds (and so the same posterior draws) as {@link ScenarioRun}'s.
 */
public final class PeriodValues {
    private PeriodValues() {
    }

    /** One run's values, indexed by {@link Output#ordinal()}; NaN throughout for a run that failed. */
    public record Run(boolean ok, double[] total, double[] end, double[] mean) {
    }

    /** Replicates 0 .. replications - 1 of the scenario, months {@code from} to {@code to} (both included). */
    public static List<Run> of(Scenario s, Simulator simulator, int from, int to) {
        if (from < 0 || to < from || to >= s.months()) {
            throw new IllegalArgumentException("months " + from + ".." + to + " are not within the run's 0.." + (s.months() - 1));
        }
        List<Run> runs = new ArrayList<>(s.replications());
        for (int i = 0; i < s.replications(); i++) {
            RunKey key = new RunKey(0, i, SeedDerivation.runSeed(s.seed(), 0, i));
            RunResult r = RunResult.of(key, simulator, s.parameters(), s.modelEvents(), s.months());
            runs.add(r.isOk() ? of(r.trajectory(), from, to) : failed());
        }
        return runs;
    }

    static Run of(Trajectory t, int from, int to) {
        int n = Output.all().size();
        double[] total = new double[n];
        double[] end = new double[n];
        double[] mean = new double[n];
        for (Output o : Output.all()) {
            total[o.ordinal()] = t.total(o, from, to);
            end[o.ordinal()] = t.get(to, o);
            mean[o.ordinal()] = total[o.ordinal()] / (to - from + 1);
        }
        return new Run(true, total, end, mean);
    }

    private static Run failed() {
        double[] nan = new double[Output.all().size()];
        Arrays.fill(nan, Double.NaN);
        return new Run(false, nan, nan, nan);
    }
}
