package alliancesim.batch;

import alliancesim.batch.design.Design;
import alliancesim.model.Output;
import alliancesim.model.Parameters;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.SweepSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * `sweep`: every design point (of this shard) times every replicate, on a thread pool, written
 * as they finish in (point, replicate) order. Runs go in chunks of points; after each chunk the
 * rows are flushed to disk and {@link SweepProgress} commits them, so memory holds one chunk and
 * a killed sweep resumes where its last commit left off.
 */
public final class SweepRunner {
    private final int threads;
    private final Simulator simulator;
    private final int runsPerChunk;

    public SweepRunner(int threads, Simulator simulator) {
        // About 1,000 runs a thread per chunk: big enough to keep the cores busy, small in memory.
        this(threads, simulator, 1024 * threads);
    }

    public SweepRunner(int threads, Simulator simulator, int runsPerChunk) {
        this.threads = threads;
        this.simulator = simulator;
        this.runsPerChunk = runsPerChunk;
    }

    /** The points of a sweep with their factor values, in design order. */
    public static List<double[]> points(Scenario s) {
        SweepSpec spec = s.sweep().orElseThrow(() -> new IllegalArgumentException(s.source()
                + ": this scenario has no sweep: block; add one (see README) or use `run`"));
        return Design.of(spec).points(spec.factors(), s.seed());
    }

    public record Outcome(Path folder, int points, long runs, long failed) {
    }

    public Outcome run(Scenario s, Path folder, RunContext context, Shard shard, boolean resume, IntConsumer onRunDone) {
        SweepSpec spec = s.sweep().orElseThrow();
        List<double[]> all = points(s);
        List<Integer> mine = new ArrayList<>();
        for (int p = 0; p < all.size(); p++) {
            if (shard.owns(p)) {
                mine.add(p);
            }
        }
        Instant started = Instant.now();
        SweepProgress progress = prepare(folder, resume);
        List<String> factors = spec.factors().stream().map(f -> f.param().key()).toList();
        // The next chunk runs while this one is written, so the cores do not wait for the disk.
        int chunk = Math.max(1, runsPerChunk / s.replications());
        long failed = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            int start = progress.pointsDone();
            List<Integer> points = mine.subList(start, Math.min(mine.size(), start + chunk));
            List<List<Future<RunResult>>> running = submit(pool, s, all, points, onRunDone);
            while (!points.isEmpty()) {
                int nextStart = start + points.size();
                List<Integer> next = mine.subList(nextStart, Math.min(mine.size(), nextStart + chunk));
                List<List<Future<RunResult>>> nextRunning = submit(pool, s, all, next, onRunDone);
                List<List<RunResult>> results = collect(running);
                failed += results.stream().flatMap(List::stream).filter(r -> !r.isOk()).count();
                appendChunk(folder, s, factors, all, points, results, start == 0);
                progress = new SweepProgress(nextStart, size(folder.resolve("runs.csv")),
                        size(folder.resolve("timeseries.csv")), false);
                progress.write(folder);
                start = nextStart;
                points = next;
                running = nextRunning;
            }
        } finally {
            pool.shutdownNow();
        }
        if (mine.isEmpty()) {
            appendChunk(folder, s, factors, all, List.of(), List.of(), true);
        }
        new SweepProgress(mine.size(), size(folder.resolve("runs.csv")), size(folder.resolve("timeseries.csv")), true)
                .write(folder);
        long runs = (long) mine.size() * s.replications();
        Map<String, Object> manifest = Manifest.describe("sweep", s, context, threads, started, Instant.now(),
                (int) Math.min(Integer.MAX_VALUE, runs), (int) failed);
        manifest.put("sweep", Manifest.sweep(spec, all.size(), shard));
        Manifest.write(folder.resolve("manifest.json"), manifest);
        return new Outcome(folder, mine.size(), runs, failed);
    }

    private static SweepProgress prepare(Path folder, boolean resume) {
        try {
            if (resume) {
                SweepProgress p = SweepProgress.read(folder);
                truncate(folder.resolve("runs.csv"), p.runsBytes());
                truncate(folder.resolve("timeseries.csv"), p.timeseriesBytes());
                return p;
            }
            if (Files.exists(folder.resolve(SweepProgress.FILE))) {
                throw new IllegalArgumentException(folder + " already holds a sweep; resume it with --resume " + folder
                        + " or choose another --out");
            }
            Files.createDirectories(folder);
            SweepProgress start = new SweepProgress(0, 0, 0, false);
            start.write(folder); // from now on the folder can be resumed, even if killed before its first chunk
            return start;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void truncate(Path file, long length) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(length);
        }
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<List<Future<RunResult>>> submit(ExecutorService pool, Scenario s, List<double[]> all, List<Integer> points,
                                                 IntConsumer onRunDone) {
        List<List<Future<RunResult>>> byPoint = new ArrayList<>();
        for (int p : points) {
            Parameters params = parameters(s, all.get(p));
            List<Future<RunResult>> futures = new ArrayList<>(s.replications());
            for (int r = 0; r < s.replications(); r++) {
                RunKey key = new RunKey(p, r, SeedDerivation.runSeed(s.seed(), p, r));
                Callable<RunResult> task = () -> {
                    RunResult result;
                    try {
                        result = RunResult.ok(key, simulator.simulate(params, s.modelEvents(), s.months(), key.seed()));
                    } catch (RuntimeException | StackOverflowError e) {
                        result = RunResult.failed(key, e);
                    }
                    onRunDone.accept(1);
                    return result;
                };
                futures.add(pool.submit(task));
            }
            byPoint.add(futures);
        }
        return byPoint;
    }

    private static List<List<RunResult>> collect(List<List<Future<RunResult>>> running) {
        List<List<RunResult>> byPoint = new ArrayList<>();
        try {
            for (List<Future<RunResult>> futures : running) {
                List<RunResult> rs = new ArrayList<>(futures.size());
                for (Future<RunResult> f : futures) {
                    rs.add(f.get());
                }
                byPoint.add(rs);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sweep interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("sweep runner failed: " + e.getCause(), e.getCause());
        }
        return byPoint;
    }

    static Parameters parameters(Scenario s, double[] values) {
        SweepSpec spec = s.sweep().orElseThrow();
        Parameters p = s.parameters();
        for (int j = 0; j < values.length; j++) {
            p = p.with(spec.factors().get(j).param(), values[j]);
        }
        return p;
    }

    private static void appendChunk(Path folder, Scenario s, List<String> factors, List<double[]> all, List<Integer> points,
                                    List<List<RunResult>> results, boolean header) {
        try (Writer runsOut = append(folder.resolve("runs.csv"), header);
             Writer tsOut = append(folder.resolve("timeseries.csv"), header)) {
            RunsCsv runs = new RunsCsv(runsOut, factors, Output.all(), header);
            TimeseriesCsv ts = new TimeseriesCsv(tsOut, s.start(), Output.all(), header);
            for (int i = 0; i < points.size(); i++) {
                for (RunResult r : results.get(i)) {
                    runs.write(r, all.get(points.get(i)));
                }
                ts.write(points.get(i), results.get(i));
            }
            runs.flush();
            ts.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        force(folder.resolve("runs.csv"));
        force(folder.resolve("timeseries.csv"));
    }

    private static Writer append(Path file, boolean fresh) throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                fresh ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND);
    }

    /** Data on disk before the progress that counts it is committed. */
    private static void force(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
