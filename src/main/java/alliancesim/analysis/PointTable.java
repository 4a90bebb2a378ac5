package alliancesim.analysis;

import alliancesim.files.InvalidInputException;
import alliancesim.results.RunsReader;
import alliancesim.stats.RunningMoments;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sweep's final values by design point, read from runs.csv as a stream: each point's factor values,
 * the mean and variance of each output over its successful runs, and, for box plots, the first
 * {@link #BOX_VALUES} values of each point.
 */
public final class PointTable {
    public static final int BOX_VALUES = 10_000;

    private final int points;
    private final double[][] factorValues;
    private final Map<String, PointValues[]> values = new TreeMap<>();

    private PointTable(int points, int factors) {
        this.points = points;
        this.factorValues = new double[points][factors];
    }

    /** With {@code keepValues}, each point keeps its first {@link #BOX_VALUES} values of every output. */
    public static PointTable read(Path runs, List<String> factors, List<String> outputs, int points, boolean keepValues) {
        PointTable t = new PointTable(points, factors.size());
        for (String o : outputs) {
            PointValues[] perPoint = new PointValues[points];
            for (int p = 0; p < points; p++) {
                perPoint[p] = new PointValues(keepValues ? BOX_VALUES : 0);
            }
            t.values.put(o, perPoint);
        }
        try (RunsReader in = RunsReader.open(runs)) {
            int[] factorColumns = factors.stream().mapToInt(in::column).toArray();
            int[] outputColumns = outputs.stream().mapToInt(in::column).toArray();
            PointValues[][] byOutput = outputs.stream().map(t.values::get).toArray(PointValues[][]::new);
            for (RunsReader.Row r = in.next(); r != null; r = in.next()) {
                int p = r.point();
                if (p < 0 || p >= points) {
                    throw new InvalidInputException(runs + ": point " + p + " is outside the design's " + points
                            + " points; the file was edited or is not this sweep's");
                }
                for (int j = 0; j < factorColumns.length; j++) {
                    t.factorValues[p][j] = r.number(factorColumns[j]);
                }
                if (r.ok()) {
                    for (int k = 0; k < outputColumns.length; k++) {
                        byOutput[k][p].add(r.number(outputColumns[k]));
                    }
                }
            }
        }
        return t;
    }

    public int points() {
        return points;
    }

    public double factor(int point, int j) {
        return factorValues[point][j];
    }

    /** Every point's factor values, {@code [point][factor]}. */
    public double[][] factors() {
        double[][] copy = new double[points][];
        for (int p = 0; p < points; p++) {
            copy[p] = factorValues[p].clone();
        }
        return copy;
    }

    /** Every point's mean final value of an output (NaN for a point without a successful run). */
    public double[] means(String output) {
        double[] m = new double[points];
        for (int p = 0; p < points; p++) {
            m[p] = mean(p, output);
        }
        return m;
    }

    /** The values kept for box plots (all of them up to {@link #BOX_VALUES}, else the first ones). */
    public double[] values(int point, String output) {
        return values.get(output)[point].kept();
    }

    public boolean allKept(int point, String output) {
        return values.get(output)[point].allKept();
    }

    public double mean(int point, String output) {
        return values.get(output)[point].moments.mean();
    }

    /** Every point's replicate statistics of one output. */
    public List<PointStats> stats(String output) {
        return Arrays.stream(values.get(output)).map(PointValues::stats).toList();
    }

    /** The points with the lowest and the highest mean final value of an output (the first of ties). */
    public int[] extremes(String output) {
        int low = 0;
        int high = 0;
        for (int p = 1; p < points; p++) {
            double m = mean(p, output);
            if (m < mean(low, output) || Double.isNaN(mean(low, output))) {
                low = p;
            }
            if (m > mean(high, output) || Double.isNaN(mean(high, output))) {
                high = p;
            }
        }
        return new int[] {low, high};
    }

    /** One point's final values of one output: their moments over all runs and the first few of them. */
    private static final class PointValues {
        private final int capacity;
        private final RunningMoments moments = new RunningMoments();
        private double[] kept = new double[0];
        private int n;

        PointValues(int capacity) {
            this.capacity = capacity;
        }

        void add(double v) {
            moments.add(v);
            if (n < capacity) {
                if (n == kept.length) {
                    kept = Arrays.copyOf(kept, Math.min(capacity, Math.max(16, 2 * n)));
                }
                kept[n++] = v;
            }
        }

        PointStats stats() {
            return new PointStats(moments.n(), moments.mean(), moments.variance());
        }

        double[] kept() {
            return Arrays.copyOf(kept, n);
        }

        boolean allKept() {
            return moments.n() == n;
        }
    }
}
