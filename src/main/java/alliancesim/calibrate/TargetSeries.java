package alliancesim.calibrate;

import alliancesim.model.Output;
import alliancesim.model.Trajectory;
import alliancesim.scenario.Target;
import java.time.YearMonth;

/**
 * The monthly series whose value at a target's last month is the target's statistic: the output
 * itself (value), its running sum from {@code from} (cumulative), its running mean from
 * {@code from} (mean), or its level over the month before {@code from}, minus 1 (growth). Targets
 * that share one (output, statistic, from) share a series and a fan chart. NaN before it starts.
 */
public record TargetSeries(Output output, Target.Statistic statistic, int from) {

    public static TargetSeries of(Target t) {
        return new TargetSeries(t.output(), t.statistic(), t.statistic() == Target.Statistic.VALUE ? 0 : t.from());
    }

    /** A name for files and charts, e.g. "shells_transferred-cumulative-from-2023-09". */
    public String name(YearMonth start) {
        return statistic == Target.Statistic.VALUE ? output.key()
                : output.key() + "-" + statistic.key() + "-from-" + start.plusMonths(from);
    }

    /** The first month with a value. */
    public int first() {
        return statistic == Target.Statistic.GROWTH ? from - 1 : from;
    }

    public double[] of(Trajectory t) {
        double[] y = t.series(output);
        double[] s = new double[y.length];
        double sum = 0;
        for (int m = 0; m < y.length; m++) {
            if (m < first()) {
                s[m] = Double.NaN;
                continue;
            }
            sum += m >= from ? y[m] : 0;
            s[m] = switch (statistic) {
                case VALUE -> y[m];
                case CUMULATIVE -> sum;
                case MEAN -> sum / (m - from + 1);
                case GROWTH -> y[m] / y[from - 1] - 1;
            };
        }
        return s;
    }
}
