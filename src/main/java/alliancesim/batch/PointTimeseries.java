package alliancesim.batch;

import alliancesim.model.Output;
import alliancesim.model.Trajectory;
import alliancesim.stats.StreamingSummary;
import alliancesim.stats.Summary;
import java.util.List;

/**
 * One design point's runs summarized month by month and output by output, fed one run at a time
 * in replicate order: the memory a point takes is bounded whatever its number of replications.
 * Quantiles are exact up to {@link #EXACT_RUNS} successful runs and P² estimates beyond.
 */
public final class PointTimeseries {
    /** 10,000 runs x 36 months x 15 outputs of doubles is 43 MB; beyond that the quantiles are streamed. */
    public static final int EXACT_RUNS = 10_000;

    private final List<Output> outputs;
    private StreamingSummary[][] cells;

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
        if (cells == null) {
            cells = new StreamingSummary[t.months()][outputs.size()];
            for (StreamingSummary[] month : cells) {
                for (int j = 0; j < month.length; j++) {
                    month[j] = new StreamingSummary(EXACT_RUNS, outputs.get(j).integer());
                }
            }
        }
        for (int month = 0; month < cells.length; month++) {
            for (int j = 0; j < outputs.size(); j++) {
                cells[month][j].add(t.get(month, outputs.get(j)));
            }
        }
    }

    /** Months recorded: 0 when no run of the point succeeded. */
    public int months() {
        return cells == null ? 0 : cells.length;
    }

    public Summary summary(int month, Output output) {
        return cells[month][outputs.indexOf(output)].summary();
    }
}
