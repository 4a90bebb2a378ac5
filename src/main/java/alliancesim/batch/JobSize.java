package alliancesim.batch;

import alliancesim.files.InvalidInputException;
import alliancesim.model.Output;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.SweepSpec;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * What a job will take, known before it runs: design points, runs, the bytes of runs.csv and
 * timeseries.csv, and the memory the design's points take (they are all drawn up front). Row
 * sizes are measured averages of the files this tool writes (about 30 bytes of keys and 11 a
 * number in runs.csv; 95 bytes a row of timeseries.csv), so the byte counts are estimates.
 */
public record JobSize(long points, long pointsHere, long runs, int months, long runsCsvBytes, long timeseriesBytes,
                      long designBytes) {
    static final long RUNS_ROW_KEYS = 30;
    static final long BYTES_PER_NUMBER = 11;
    static final long TIMESERIES_ROW = 95;
    /**
     * Room kept for the charts and report.html a command writes after its runs: they do not grow with the runs.
     * Measured: a run's 25 fan charts (PNG and SVG) and report 3.6 MB, a 2-factor sweep's 24 charts and report 5.5 MB.
     */
    public static final long CHARTS_AND_REPORT_BYTES = 16L << 20;

    /** A sweep: every design point (of this shard) times the replications. */
    public static JobSize sweep(Scenario s, Shard shard) {
        SweepSpec spec = s.sweep().orElseThrow(() -> new InvalidInputException(s.source()
                + ": this scenario has no sweep: block; add one (see README) or use `run`"));
        long points = spec.pointCount();
        long here = points == Long.MAX_VALUE ? points : (points + shard.count() - shard.index()) / shard.count();
        // timeseries.csv holds the scenario's outputs only when the sweep says so (`timeseries: outputs`).
        return sweep(s, here, spec.timeseriesOfScenarioOutputs() ? s.outputs().size() : Output.all().size());
    }

    /** A sweep of {@code here} of its points whose timeseries.csv summarizes this many outputs. */
    private static JobSize sweep(Scenario s, long here, int seriesOutputs) {
        SweepSpec spec = s.sweep().orElseThrow();
        long points = spec.pointCount();
        int k = spec.factors().size();
        // A drawn point is a double[k] (16-byte header) and its slot in the list.
        return of(points, here, s.replications(), s.months(), k, seriesOutputs, times(points, 32L + 8L * k));
    }

    /** How many times runs.csv's size timeseries.csv may be before {@link #timeseriesAdvice} speaks. */
    static final long LARGE_TIMESERIES_RATIO = 10;

    /**
     * Advice for a sweep whose timeseries.csv summarizes every output and dwarfs runs.csv (few
     * replications a point: its rows are per point): keeping the scenario's own outputs. Summarizing
     * and writing those rows is then much of a sweep's time: at 4 replicates a point, `bench` ran a
     * sweep at 15 % of the model's speed with all 24 outputs and at 51 % with 5.
     */
    public static Optional<String> timeseriesAdvice(Scenario s) {
        SweepSpec spec = s.sweep().orElse(null);
        int all = Output.all().size();
        if (spec == null || spec.timeseriesOfScenarioOutputs() || s.outputs().size() >= all) {
            return Optional.empty();
        }
        JobSize full = sweep(s, Shard.ALL);
        if (full.timeseriesBytes < times(LARGE_TIMESERIES_RATIO, full.runsCsvBytes)) {
            return Optional.empty();
        }
        long kept = sweep(s, full.pointsHere, s.outputs().size()).timeseriesBytes;
        return Optional.of(String.format(Locale.ROOT, "timeseries.csv summarizes all %d outputs at every"
                + " point and month, %s times the size of runs.csv, and summarizing and writing it will take much of"
                + " the sweep's time; `timeseries: outputs` in the sweep block keeps the scenario's %d outputs (about %s)", all,
                count(full.timeseriesBytes / Math.max(1, full.runsCsvBytes)), s.outputs().size(), bytes(kept)));
    }

    /** A run: one point, the scenario's replications, no factor columns. */
    public static JobSize run(Scenario s) {
        return of(1, 1, s.replications(), s.months(), 0, Output.all().size(), 0);
    }

    private static JobSize of(long points, long here, long replications, int months, int factors, int seriesOutputs,
            long designBytes) {
        long runs = times(here, replications);
        // A row: its keys (point, replicate, seed, particle, status), the factors, every output at the end and
        // each flow's total over the run.
        long numbers = factors + Output.all().size() + Output.all().stream().filter(Output::flow).count();
        long runsBytes = times(runs, RUNS_ROW_KEYS + BYTES_PER_NUMBER * numbers);
        // A sweep's timeseries row also carries the point's factor values, numbers as wide as in runs.csv.
        long timeseriesBytes = times(times(here, months), seriesOutputs * (TIMESERIES_ROW + BYTES_PER_NUMBER * factors));
        return new JobSize(points, here, runs, months, runsBytes, timeseriesBytes, designBytes);
    }

    /** runs.csv, timeseries.csv, and the room kept for charts and report. */
    public long outputBytes() {
        long data = runsCsvBytes > Long.MAX_VALUE - timeseriesBytes ? Long.MAX_VALUE : runsCsvBytes + timeseriesBytes;
        return data > Long.MAX_VALUE - CHARTS_AND_REPORT_BYTES ? Long.MAX_VALUE : data + CHARTS_AND_REPORT_BYTES;
    }

    /** One line for `validate` and the start of a job. */
    public String describe() {
        return String.format(Locale.ROOT, "%s, %s runs; about %s of runs.csv and %s of timeseries.csv",
                points == 1 ? "1 point" : count(points) + " design points" + (pointsHere < points ? " (" + count(pointsHere)
                        + " in this shard)" : ""), count(runs), bytes(runsCsvBytes), bytes(timeseriesBytes));
    }

    /**
     * Refuses a job the machine cannot hold: design points beyond what a Java list indexes or
     * than half the heap holds, or output beyond the usable space of the folder's disk.
     */
    public void check(Path folder, long heapBytes) {
        check(folder, heapBytes, usableSpace(folder));
    }

    /** With the heap and the disk's usable space given (tests give small ones). */
    void check(Path folder, long heapBytes, long usable) {
        if (points > Integer.MAX_VALUE || designBytes > heapBytes / 2) {
            throw new InvalidInputException(String.format(Locale.ROOT, "the design has %s points, which take about %s"
                    + " of memory to draw (the limit is %s points and half the Java heap, %s); use fewer levels or samples",
                    count(points), bytes(designBytes), count(Integer.MAX_VALUE), bytes(heapBytes / 2)));
        }
        long needed = outputBytes() - written(folder); // a resumed sweep's files are already part of the total
        if (needed > usable) {
            throw new InvalidInputException(String.format(Locale.ROOT, "%s runs would write about %s (runs.csv %s,"
                    + " timeseries.csv %s, charts and report up to %s) but the disk of %s has %s free; use fewer points,"
                    + " replications or months, or another --out", count(runs), bytes(outputBytes()), bytes(runsCsvBytes),
                    bytes(timeseriesBytes), bytes(CHARTS_AND_REPORT_BYTES), folder, bytes(usable)));
        }
    }

    private static long written(Path folder) {
        long bytes = 0;
        for (String f : new String[] {"runs.csv", "timeseries.csv"}) {
            try {
                bytes += Files.isRegularFile(folder.resolve(f)) ? Files.size(folder.resolve(f)) : 0;
            } catch (java.io.IOException e) {
                // unreadable: count nothing, the estimate stays on the safe side
            }
        }
        return bytes;
    }

    /** With the JVM's own heap limit. */
    public void check(Path folder) {
        check(folder, Runtime.getRuntime().maxMemory());
    }

    /** The usable space of the file system that holds {@code folder}, found through its nearest existing ancestor. */
    static long usableSpace(Path folder) {
        Path p = folder.toAbsolutePath().normalize();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? Long.MAX_VALUE : new File(p.toString()).getUsableSpace();
    }

    static String count(long n) {
        return n == Long.MAX_VALUE ? "more than 9.2e18" : String.format(Locale.ROOT, "%,d", n);
    }

    static String bytes(long b) {
        if (b == Long.MAX_VALUE) {
            return "more than 8 EiB";
        }
        String[] units = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        double v = b;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return u == 0 ? b + " bytes" : String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }

    private static long times(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
