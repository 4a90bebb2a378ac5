package alliancesim.batch;

import alliancesim.files.InvalidInputException;
import alliancesim.model.Output;
import alliancesim.results.RunsReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.LongToIntFunction;

/**
 * The files of a sweep as it runs: each run appended to runs.csv in (point, replicate) order and
 * fed to its point's {@link PointTimeseries}; when a point's last replicate is in, its summaries
 * are computed on the summarizing pool while later runs come in, and its rows go to
 * timeseries.csv in point order once ready (on the writing thread alone they would hold the sweep
 * back). Progress
 * counts whole points: {@link #commit()} records the files' lengths at the last point boundary
 * written, so a resumed sweep cuts them back there and runs the unfinished point again from its
 * first replicate, losing no run and writing none twice.
 * <p>
 * Before each commit, and before the final one, the folder's lock is checked (a deleted or replaced
 * lock file stops the sweep there) and the files' lengths are compared with the bytes this sweep wrote:
 * a file that grew by more was written by another process as well, and nothing more is committed.
 */
final class SweepFiles implements Closeable {
    static final String RUNS = "runs.csv";
    static final String TIMESERIES = "timeseries.csv";
    /** Runs whose trajectories pending summaries may hold (about 60 MB): a few chunks' worth. */
    private static final int MAX_PENDING_RUNS = 8192;

    private final Path folder;
    private final List<double[]> factorValues;
    private final List<Output> outputs;
    private final List<Output> summarized;
    private final OutputStream runsOut;
    private final OutputStream timeseriesOut;
    private final RunsCsv runs;
    private final TimeseriesCsv timeseries;
    private final ExecutorService summarizers;
    /** Groups of months a point past the exact limit streams at once. */
    private final int streamGroups;
    /** Points summarized or being summarized, not yet written, in point order. */
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private PointTimeseries open;
    private int openRuns;
    private int pendingRuns;
    private SweepProgress boundary;
    /** What the sweep committed before this process, whose definition every commit carries on. */
    private final SweepProgress committed;
    /** Checks that this process still holds the folder's lock; throws if not. */
    private final Runnable lockCheck;
    /** The lengths runs.csv and timeseries.csv must have: what they held when opened plus what this sweep wrote. */
    private long runsLength;
    private long timeseriesLength;

    /** A point's timeseries rows being computed, and the runs they hold in memory meanwhile. */
    private record Pending(int runs, Future<byte[]> rows) {
    }

    /**
     * Appends to the files as {@code committed} left them (a fresh sweep: empty files, headers first);
     * runs.csv has every output, timeseries.csv the {@code summarized} ones, and runs.csv the particle each run's seed
     * draws ({@code particles}) unless it continues a file written before that column.
     */
    SweepFiles(Path folder, YearMonth start, List<String> factors, List<double[]> factorValues, SweepProgress committed,
               List<Output> summarized, ExecutorService summarizers, int streamGroups, Runnable lockCheck,
               LongToIntFunction particles) throws IOException {
        this.folder = folder;
        this.lockCheck = lockCheck;
        this.committed = committed;
        this.summarizers = summarizers;
        this.streamGroups = streamGroups;
        this.factorValues = factorValues;
        this.outputs = Output.all();
        this.summarized = List.copyOf(summarized);
        this.runsOut = append(folder.resolve(RUNS));
        this.timeseriesOut = append(folder.resolve(TIMESERIES));
        this.runsLength = size(RUNS);
        this.timeseriesLength = size(TIMESERIES);
        // Rows are encoded where they are made, on the runs' and summaries' threads, and written as
        // bytes, so the one writing thread only copies them.
        java.io.StringWriter runsHeader = new java.io.StringWriter();
        java.io.StringWriter timeseriesHeader = new java.io.StringWriter();
        boolean fresh = committed.runsBytes() == 0;
        this.runs = new RunsCsv(runsHeader, factors, outputs, fresh,
                fresh || hasParticleColumn(folder.resolve(RUNS)) ? particles : null);
        this.timeseries = new TimeseriesCsv(timeseriesHeader, start, summarized, committed.timeseriesBytes() == 0, factors);
        byte[] rh = runsHeader.toString().getBytes(StandardCharsets.UTF_8);
        byte[] th = timeseriesHeader.toString().getBytes(StandardCharsets.UTF_8);
        runsOut.write(rh);
        timeseriesOut.write(th);
        runsLength += rh.length;
        timeseriesLength += th.length;
        this.open = newPoint();
    }

    /** Whether a runs.csv being continued has the particle column (an older alliance-sim's sweep has not). */
    private static boolean hasParticleColumn(Path runsCsv) throws IOException {
        try (java.io.BufferedReader in = Files.newBufferedReader(runsCsv, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            return header != null && java.util.Arrays.asList(header.split(",", -1)).contains(RunsReader.PARTICLE);
        }
    }

    /** A point's series: past {@link PointTimeseries#EXACT_RUNS} runs it streams on the summaries' threads. */
    private PointTimeseries newPoint() {
        return new PointTimeseries(summarized, summarizers, streamGroups);
    }

    /** A run's runs.csv row; safe to call from any thread, so the runs' own threads format them. */
    byte[] row(RunResult result) {
        return runs.row(result, factorValues.get(result.key().point())).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes a run, with its {@link #row}. {@code pointsDone} counts this shard's points finished once it is in;
     * {@code boundary} marks the last point a chunk finishes, whose file lengths the next commit records.
     */
    void add(RunResult result, byte[] row, boolean lastOfPoint, int pointsDone, boolean boundary) throws IOException {
        int point = result.key().point();
        onFile(RUNS, () -> runsOut.write(row));
        runsLength += row.length;
        open.add(result);
        openRuns++;
        writeSummaries(false);
        if (!lastOfPoint) {
            return;
        }
        PointTimeseries finished = open;
        finished.drain(); // here, not on the summaries' threads, whose queue holds its streaming tasks
        double[] values = factorValues.get(point);
        pending.add(new Pending(openRuns, summarizers.submit(() -> timeseries.rows(point, values, finished).toString()
                .getBytes(StandardCharsets.UTF_8))));
        pendingRuns += openRuns;
        open = newPoint();
        openRuns = 0;
        while (pendingRuns > MAX_PENDING_RUNS) { // memory stays bounded when summaries fall behind
            writeNextSummary();
        }
        if (boundary) {
            writeSummaries(true);
            flush();
            this.boundary = committed.with(pointsDone, size(RUNS), size(TIMESERIES), false);
        }
    }

    /** Writes the summaries that are ready, in point order, or (waiting) all of them. */
    private void writeSummaries(boolean all) throws IOException {
        while (!pending.isEmpty() && (all || pending.peek().rows().isDone())) {
            writeNextSummary();
        }
    }

    private void writeNextSummary() throws IOException {
        Pending next = pending.poll();
        pendingRuns -= next.runs();
        byte[] rows;
        try {
            rows = next.rows().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("summaries interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("summarizing a point failed: " + e.getCause(), e.getCause());
        }
        onFile(TIMESERIES, () -> timeseriesOut.write(rows));
        timeseriesLength += rows.length;
    }

    /** Makes what is written durable, then records the last boundary (if the chunk reached one). */
    void commit() throws IOException {
        flush();
        if (boundary != null) {
            stillOurs();
            force(RUNS);
            force(TIMESERIES);
            boundary.write(folder);
            boundary = null;
        }
    }

    void finish(int pointsDone) throws IOException {
        writeSummaries(true);
        flush();
        stillOurs();
        force(RUNS);
        force(TIMESERIES);
        committed.with(pointsDone, size(RUNS), size(TIMESERIES), true).write(folder);
    }

    /** The lock still ours, and the files as long as this sweep made them: else nothing more is committed. */
    private void stillOurs() throws IOException {
        lockCheck.run();
        for (String file : List.of(RUNS, TIMESERIES)) {
            long expected = file.equals(RUNS) ? runsLength : timeseriesLength;
            long found = size(file);
            if (found != expected) {
                throw new InvalidInputException(folder.resolve(file) + " holds " + found + " bytes where this sweep"
                        + " wrote " + expected + ": another process writes this folder too (was its "
                        + alliancesim.files.FolderLock.FILE + " deleted?), so this sweep stopped without committing"
                        + " more. The runs committed before are kept; once no other alliance-sim process writes the"
                        + " folder, finish with `alliance-sim sweep --resume " + folder + "`");
            }
        }
    }

    @Override
    public void close() throws IOException {
        try (runsOut; timeseriesOut) {
            flush();
        }
    }

    /** Failed runs recorded in a sweep folder's runs.csv (counted again when a sweep resumes). */
    static long failedRuns(Path folder) {
        Path file = folder.resolve(RUNS);
        if (!Files.exists(file)) {
            return 0;
        }
        long failed = 0;
        try (RunsReader in = RunsReader.open(file)) {
            for (RunsReader.Row r = in.next(); r != null; r = in.next()) {
                failed += RunsReader.FAILED.equals(r.status()) ? 1 : 0;
            }
        }
        return failed;
    }

    private void flush() throws IOException {
        onFile(RUNS, runsOut::flush);
        onFile(TIMESERIES, timeseriesOut::flush);
    }

    private interface Io {
        void run() throws IOException;
    }

    /** An I/O error names the file it happened to (a full disk shows up on whichever file is written). */
    private void onFile(String name, Io io) throws IOException {
        try {
            io.run();
        } catch (java.nio.file.FileSystemException e) {
            throw e;
        } catch (IOException e) {
            throw new java.nio.file.FileSystemException(folder.resolve(name).toString(), null, e.getMessage());
        }
    }

    private long size(String file) throws IOException {
        return Files.size(folder.resolve(file));
    }

    private void force(String file) throws IOException {
        onFile(file, () -> {
            try (FileChannel ch = FileChannel.open(folder.resolve(file), StandardOpenOption.WRITE)) {
                ch.force(true);
            }
        });
    }

    private static OutputStream append(Path file) throws IOException {
        return new java.io.BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND), 1 << 16);
    }
}
