package alliancesim.batch;

import alliancesim.model.Output;
import alliancesim.model.Trajectory;
import alliancesim.stats.StreamingSummary;
import alliancesim.stats.Summary;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * One design point's runs summarized month by month and output by output, fed one run at a time
 * in replicate order: the memory a point takes is bounded whatever its number of replications.
 * Quantiles are exact up to {@link #EXACT_RUNS} successful runs, for which the trajectories are
 * kept and summarized when asked, and P² estimates beyond, fed every value in replicate order.
 * Feeding P² is an update per month and output of every run, more than the thread that adds the runs
 * can do while keeping up with them (docs/performance.md). Given an executor, the runs past
 * the limit are streamed there instead, in blocks, by groups of months: each group's estimators
 * get every block in order, so the summaries are the same bits as when fed one run at a time.
 */
public final class PointTimeseries {
    /** 10,000 runs x 36 months x 24 outputs of doubles is 69 MB; beyond that the quantiles are streamed. */
    public static final int EXACT_RUNS = 10_000;
    /** Runs a streaming task takes at once. */
    static final int BLOCK = 512;
    /** Blocks handed to the executor and not yet streamed before {@link #add} waits: about 32 MB of runs. */
    static final int MAX_BLOCKS_IN_FLIGHT = 8;

    private final List<Output> outputs;
    /** The outputs' columns in a trajectory's rows, in this series' order. */
    private final int[] ordinals;
    private final Executor executor;
    private final int groups;
    private final List<Trajectory> kept = new ArrayList<>();
    private StreamingSummary[][] streamed;
    private List<Trajectory> block = new ArrayList<>();
    /** The last streaming task of each group of months (each group's tasks run one after another). */
    private CompletableFuture<?>[] tails;
    /** Each block handed out and not yet known to be streamed, oldest first. */
    private final ArrayDeque<CompletableFuture<Void>> inFlight = new ArrayDeque<>();

    public PointTimeseries(List<Output> outputs) {
        this(outputs, null, 1);
    }

    /**
     * With an executor, runs past {@link #EXACT_RUNS} are streamed on it, in {@code groups} groups
     * of months at once; {@code null} streams them on the adding thread. Summaries must then be
     * asked for on a thread that is not one of the executor's, or after {@link #drain()}.
     */
    public PointTimeseries(List<Output> outputs, Executor executor, int groups) {
        if (groups < 1) {
            throw new IllegalArgumentException("groups must be >= 1, got " + groups);
        }
        this.outputs = List.copyOf(outputs);
        this.ordinals = this.outputs.stream().mapToInt(Output::ordinal).toArray();
        this.executor = executor;
        this.groups = groups;
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
            tails = new CompletableFuture<?>[Math.min(groups, streamed.length)];
            java.util.Arrays.fill(tails, CompletableFuture.completedFuture(null));
            block = new ArrayList<>(kept);
            kept.clear();
            dispatch();
        }
        block.add(t);
        if (block.size() >= BLOCK) {
            dispatch();
        }
    }

    /** Streams the runs gathered so far: here, or as one task a group of months on the executor. */
    private void dispatch() {
        List<Trajectory> runs = block;
        block = new ArrayList<>(BLOCK);
        if (runs.isEmpty()) {
            return;
        }
        if (executor == null) {
            stream(runs, 0, streamed.length);
            return;
        }
        for (int g = 0; g < tails.length; g++) {
            int from = g * streamed.length / tails.length;
            int to = (g + 1) * streamed.length / tails.length;
            tails[g] = tails[g].thenRunAsync(() -> stream(runs, from, to), executor);
        }
        inFlight.add(CompletableFuture.allOf(tails));
        while (inFlight.size() > MAX_BLOCKS_IN_FLIGHT) { // memory stays bounded when streaming falls behind
            join(inFlight.poll());
        }
    }

    /** Feeds months [from, to) of each run, in order, to their estimators. */
    private void stream(List<Trajectory> runs, int from, int to) {
        for (Trajectory t : runs) {
            for (int month = from; month < to; month++) {
                double[] row = t.values()[month];
                StreamingSummary[] cells = streamed[month];
                for (int j = 0; j < cells.length; j++) {
                    cells[j].add(row[ordinals[j]]);
                }
            }
        }
    }

    /**
     * Streams what is gathered and waits until every run added so far is in the estimators. The
     * summaries call it; call it first from the adding thread when they will be asked for on the
     * executor's own threads, which would otherwise wait for tasks queued behind themselves.
     */
    public void drain() {
        if (streamed == null) {
            return;
        }
        dispatch();
        while (!inFlight.isEmpty()) {
            join(inFlight.poll());
        }
    }

    private static void join(CompletableFuture<Void> f) {
        try {
            f.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("streaming a point's summaries failed: " + e.getCause(), e.getCause());
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
            drain();
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
     * month jumping between runs for every row: memory is read in the order it was written.
     */
    public Summary[][] allSummaries() {
        int months = months();
        Summary[][] all = new Summary[months][];
        if (streamed != null) {
            drain();
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
