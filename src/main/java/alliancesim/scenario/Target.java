package alliancesim.scenario;

import alliancesim.model.Output;
import alliancesim.model.Trajectory;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;

/**
 * A public figure: a statistic of one output's monthly trajectory over months {@code from..to} (month indices of
 * the scenario; equal for {@code at:}), with the observed value and its uncertainty as a normal
 * sd. An {@code interval: [lo, hi]} is read as a 90 % normal interval: centre (lo + hi) / 2,
 * sd = (hi - lo) / (2 x 1.645); the centre, not {@code value}, is then what the distance uses.
 * Whether it is fitted or held out is not written on it: a {@link Cutoff} decides, by its last month.
 * {@code seen}: empty, or which modelling choice was made after this figure's score was seen (its score
 * is then no clean test of a posterior that holds it out, and `validity` says so).
 */
public record Target(String name, Output output, Statistic statistic, YearMonth fromDate, YearMonth toDate,
                     int from, int to, double value, double sd, double intervalLow, double intervalHigh,
                     String source, String seen, Path file, int line) {

    /** 1.645: the 95th percentile of the standard normal; a 90 % interval is centre +- 1.645 sd. */
    public static final double Z90 = 1.6448536269514722;

    /** What is computed from the output's monthly values y[0..months-1]. */
    public enum Statistic {
        /** y[at]. */
        VALUE,
        /** y[from] + ... + y[to]: a flow per month summed over the period, both ends included. */
        CUMULATIVE,
        /** (y[from] + ... + y[to]) / (to - from + 1). */
        MEAN,
        /** y[to] / y[from - 1] - 1: a level's growth over the period, from the end of the month before it. */
        GROWTH;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Target {
        if (!(sd > 0) || Double.isInfinite(sd)) {
            throw new IllegalArgumentException(name + ": sd must be positive, got " + sd);
        }
        if (from > to || from < (statistic == Statistic.GROWTH ? 1 : 0)) {
            throw new IllegalArgumentException(name + ": months " + from + ".." + to + " do not fit " + statistic.key());
        }
    }

    public boolean hasInterval() {
        return !Double.isNaN(intervalLow);
    }

    /** The value the distance is centred on: the interval's midpoint when there is one, else {@code value}. */
    public double centre() {
        return hasInterval() ? (intervalLow + intervalHigh) / 2 : value;
    }

    /** The statistic of a run's trajectory. */
    public double compute(Trajectory t) {
        int o = output.ordinal();
        double[][] y = t.values();
        return switch (statistic) {
            case VALUE -> y[to][o];
            case CUMULATIVE -> sum(y, o);
            case MEAN -> sum(y, o) / (to - from + 1);
            case GROWTH -> y[to][o] / y[from - 1][o] - 1;
        };
    }

    private double sum(double[][] y, int o) {
        double s = 0;
        for (int m = from; m <= to; m++) {
            s += y[m][o];
        }
        return s;
    }

    /** The last month of the period (its {@code to}, or its {@code at}): what a cutoff compares. */
    public YearMonth lastMonth() {
        return toDate;
    }

    /** "2024-02" or "2023-09..2024-02". */
    public String period() {
        return from == to && statistic == Statistic.VALUE ? toDate.toString() : fromDate + ".." + toDate;
    }
}
