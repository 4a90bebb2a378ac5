package alliancesim.batch;

import alliancesim.model.ModelEvent;
import alliancesim.model.Output;
import alliancesim.model.Parameters;
import alliancesim.results.Na;
import alliancesim.scenario.Scenario;
import alliancesim.stats.Intervals;
import alliancesim.stats.NumberText;
import alliancesim.stats.PairedDifference;
import alliancesim.stats.Summary;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * {@link WhatIf} in memory, for the browser page: the scenario as it is and with changes, replicate
 * i of both arms on the seed `whatif` gives it (common random numbers), summarized month by month
 * and paired output by output, with nothing written. Final values are kept as runs.csv saves them
 * (8 significant digits), so each paired difference equals the one `whatif` prints, digit for digit.
 */
public final class PairedEnsemble {
    private PairedEnsemble() {
    }

    /** One arm: its month-by-month summaries and each replicate's final values (a flow's total; NaN if it failed). */
    public record Arm(PointTimeseries series, List<double[]> finals) {
        public Summary summary(int month, Output output) {
            return series.summary(month, output);
        }
    }

    /** Both arms of a what-if of {@code before}'s calendar. */
    public record Outcome(Scenario before, Arm asItIs, Arm withChange) {
        /** The paired difference after - before of a flow's total or another output's final value, over pairs that both succeeded. */
        public PairedDifference difference(Output output) {
            int i = output.ordinal();
            List<double[]> b = asItIs.finals();
            List<double[]> a = withChange.finals();
            double[] x = new double[b.size()];
            double[] y = new double[b.size()];
            int n = 0;
            for (int r = 0; r < b.size(); r++) {
                if (!Double.isNaN(b.get(r)[i]) && !Double.isNaN(a.get(r)[i])) {
                    x[n] = b.get(r)[i];
                    y[n] = a.get(r)[i];
                    n++;
                }
            }
            return PairedDifference.of(java.util.Arrays.copyOf(x, n), java.util.Arrays.copyOf(y, n), Intervals.LEVEL);
        }

        /** "total 2023-09..2027-12" for a flow, "in 2027-12 (month 51)" for the rest, as `whatif` says it. */
        public String when(Output output) {
            int last = before.months() - 1;
            YearMonth end = before.start().plusMonths(last);
            return output.flow() ? "total " + before.start() + ".." + end
                    : String.format(java.util.Locale.ROOT, "in %s (month %d)", end, last);
        }

        /** The unit of the compared number: a flow's total drops its "/month". */
        public String unit(Output output) {
            String u = output.unit();
            return output.flow() && u.endsWith("/month") ? u.substring(0, u.length() - "/month".length()) : u;
        }

        /** The sentence `whatif` prints for the output. */
        public String sentence(Output output) {
            PairedDifference d = difference(output);
            return PairedDifference.sentence(output.key(), when(output), d.meanBefore(), d.meanAfter(), d.meanDifference(),
                    d.low(), d.high(), unit(output));
        }
    }

    /**
     * Runs {@code before.replications()} pairs on the pool, each arm with its own simulator (each
     * drawing from a posterior keeps its own settings, as in `whatif`).
     */
    public static Outcome run(Scenario before, Scenario after, Simulator beforeSimulator, Simulator afterSimulator,
                              ExecutorService pool) {
        if (before.seed() != after.seed() || before.replications() != after.replications()
                || before.months() != after.months()) {
            throw new IllegalArgumentException("a what-if compares runs on the same seeds: seed, replications and months must match");
        }
        List<Future<List<RunResult>>> b = submit(pool, before, beforeSimulator);
        List<Future<List<RunResult>>> a = submit(pool, after, afterSimulator);
        return new Outcome(before, arm(b), arm(a));
    }

    private static List<Future<List<RunResult>>> submit(ExecutorService pool, Scenario s, Simulator simulator) {
        Parameters parameters = s.parameters();
        List<ModelEvent> events = s.modelEvents();
        return ChunkedRuns.inBatches(pool, 0, s.replications(), i -> RunResult.of(
                new RunKey(0, (int) i, SeedDerivation.runSeed(s.seed(), 0, (int) i)), simulator, parameters, events,
                s.months()));
    }

    private static Arm arm(List<Future<List<RunResult>>> batches) {
        PointTimeseries series = new PointTimeseries(Output.all());
        List<double[]> finals = new ArrayList<>();
        for (Future<List<RunResult>> f : batches) {
            for (RunResult r : ChunkedRuns.result(f)) {
                series.add(r);
                finals.add(finalValues(r));
            }
        }
        return new Arm(series, finals);
    }

    /** Every output's final value, a flow's total, as runs.csv holds it; NaN for a failed run. */
    private static double[] finalValues(RunResult r) {
        double[] v = new double[Output.all().size()];
        for (Output o : Output.all()) {
            double x = !r.isOk() ? Double.NaN : o.flow() ? r.trajectory().total(o) : r.trajectory().finalValue(o);
            v[o.ordinal()] = Na.parse(NumberText.csv(x));
        }
        return v;
    }
}
