package alliancesim.batch;

import alliancesim.model.Output;
import alliancesim.model.Trajectory;
import alliancesim.stats.StreamingSummary;
import alliancesim.stats.Summary;
import java.util.ArrayList;
import java.util.List;

/**
 * One design point's runs summarized month by month and output by output, fed one run at a time
 * in replicate order: the memory a point takes is bounded whatever its number of replications.
 * Quantiles are exact up to {@link #EXACT_RUNS} successful runs, for which the trajectories are
 * kept and summarized when asked, and P² estimates beyond, fed every value in replicate order.
 */
public final class PointTimeseries {
    /** 10,000 runs x 36 months x 24 outputs of doubles is 69 MB; beyond that the quantiles are streamed. */
    public static final int EXACT_RUNS = 10_000;

    private final List<Output> outputs;
    private final List<Trajectory> kept = new ArrayList<>();
    private StreamingSummary[][] streamed;

    public PointTimeseries(List<Output> outputs) {
        this.outputs = List.copyOf(outputs);
    }

    public static PointTimeseries of(List<Output> outputs, List<RunResult> results) {
        PointTimeseries t = new PointTimeseries(outputs);
        for (RunResult r : results) {
            t.add(r);
        }
        return t;
    }

    /** Adds a run's trajectory; a failed run adds nothing. */
    public void add(RunResult result) {
        if (!result.isOk()) {
            return;
        }
        Trajectory t = result.trajectory();
        if (streamed == null && kept.size() < EXACT_RUNS) {
            kept.add(t); // a reference: feeding 864 cells a run was a fifth of a sweep's bookkeeping
            return;
        }
        if (streamed == null) {
            streamed = new StreamingSummary[t.months()][outputs.size()];
            for (StreamingSummary[] month : streamed) {
                for (int j = 0; j < month.length; j++) {
                    month[j] = new StreamingSummary(EXACT_RUNS, outputs.get(j).integer());
                }
            }
            kept.forEach(this::stream);
            kept.clear();
        }
        stream(t);
    }

    private void stream(Trajectory t) {
        for (int month = 0; month < streamed.length; month++) {
            for (int j = 0; j < outputs.size(); j++) {
                streamed[month][j].add(t.get(month, outputs.get(j)));
            }
        }
    }

    /** The outputs summarized, in the order of {@link #allSummaries}. */
    public List<Output> outputs() {
        return outputs;
    }

    /** Months recorded: 0 when no run of the point succeeded. */
    public int months() {
        return streamed != null ? streamed.length : kept.isEmpty() ? 0 : kept.get(0).months();
    }

    public Summary summary(int month, Output output) {
        int j = outputs.indexOf(output);
        if (streamed != null) {
            return streamed[month][j].summary();
        }
        double[] column = new double[kept.size()];
        for (int i = 0; i < column.length; i++) {
            column[i] = kept.get(i).get(month, output);
        }
        return Summary.ofReordering(column, output.integer());
    }

    /**
     * The summaries of every month, [month][output in this series' order]. The kept runs are read
     * one after the other, each run's months in a row as the model wrote them, rather than month by
     * month jumping between runs for every row (where a quarter of the summaries' profile samples
     * waited on memory; the gain measured small, but it is no slower).
     */
    public Summary[][] allSummaries() {
        int months = months();
        Summary[][] all = new Summary[months][];
        if (streamed != null) {
            for (int m = 0; m < months; m++) {
                all[m] = new Summary[outputs.size()];
                for (int j = 0; j < outputs.size(); j++) {
                    all[m][j] = streamed[m][j].summary();
                }
            }
            return all;
        }
        int[] ordinals = outputs.stream().mapToInt(Output::ordinal).toArray();
        double[][][] columns = new double[months][ordinals.length][kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            double[][] values = kept.get(i).values();
            for (int m = 0; m < months; m++) {
                double[] row = values[m];
                double[][] month = columns[m];
                for (int j = 0; j < ordinals.length; j++) {
                    month[j][i] = row[ordinals[j]];
                }
            }
        }
        for (int m = 0; m < months; m++) {
            all[m] = new Summary[ordinals.length];
            for (int j = 0; j < ordinals.length; j++) {
                all[m][j] = Summary.ofReordering(columns[m][j], outputs.get(j).integer());
            }
        }
        return all;
    }
}
