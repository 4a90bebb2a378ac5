package alliancesim.batch;

import alliancesim.batch.design.Design;
import alliancesim.model.Parameters;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.SweepSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * `sweep`: every design point (of this shard) times every replicate, on a thread pool, written
 * as they finish in (point, replicate) order. Runs go in chunks of about {@code runsPerChunk},
 * whatever the points' sizes; while one chunk is written the next one runs. Memory holds two
 * chunks and the summaries of one point, and a killed sweep resumes from the last point that
 * {@link SweepFiles} committed.
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
        SweepProgress committed = prepare(folder, resume);
        List<String> factors = spec.factors().stream().map(f -> f.param().key()).toList();
        int reps = s.replications();
        long total = (long) mine.size() * reps;
        long failed = resume ? SweepFiles.failedRuns(folder) : 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<alliancesim.model.Output> summarized = spec.timeseriesOfScenarioOutputs() ? s.outputs()
                : alliancesim.model.Output.all();
        try (SweepFiles files = new SweepFiles(folder, s.start(), factors, all, committed, summarized)) {
            // Runs are numbered i = (index among this shard's points) x replications + replicate.
            long from = (long) committed.pointsDone() * reps;
            List<Future<RunResult>> running = submit(pool, s, all, mine, from, Math.min(total, from + runsPerChunk), onRunDone);
            while (from < total) {
                long to = Math.min(total, from + runsPerChunk);
                List<Future<RunResult>> next = submit(pool, s, all, mine, to, Math.min(total, to + runsPerChunk), onRunDone);
                long boundary = to / reps * reps; // the end of the last point this chunk finishes
                for (long i = from; i < to; i++) {
                    RunResult r = result(running.get((int) (i - from)));
                    failed += r.isOk() ? 0 : 1;
                    files.add(r, (i + 1) % reps == 0, (int) ((i + 1) / reps), i + 1 == boundary);
                }
                files.commit();
                from = to;
                running = next;
            }
            files.finish(mine.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            pool.shutdownNow();
        }
        Map<String, Object> manifest = Manifest.describe("sweep", s, context, threads, started, Instant.now(),
                (int) Math.min(Integer.MAX_VALUE, total), (int) failed);
        manifest.put("sweep", Manifest.sweep(spec, all.size(), shard));
        Manifest.write(folder.resolve("manifest.json"), manifest);
        return new Outcome(folder, mine.size(), total, failed);
    }

    private static SweepProgress prepare(Path folder, boolean resume) {
        try {
            if (resume) {
                SweepProgress p = SweepProgress.read(folder);
                truncate(folder.resolve(SweepFiles.RUNS), p.runsBytes());
                truncate(folder.resolve(SweepFiles.TIMESERIES), p.timeseriesBytes());
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

    /** Starts runs [from, to) of this shard, in order. */
    private List<Future<RunResult>> submit(ExecutorService pool, Scenario s, List<double[]> all, List<Integer> mine,
                                           long from, long to, IntConsumer onRunDone) {
        int reps = s.replications();
        List<Future<RunResult>> futures = new ArrayList<>((int) (to - from));
        int point = -1;
        Parameters params = null;
        for (long i = from; i < to; i++) {
            int p = mine.get((int) (i / reps));
            if (p != point) {
                point = p;
                params = parameters(s, all.get(p));
            }
            RunKey key = new RunKey(p, (int) (i % reps), SeedDerivation.runSeed(s.seed(), p, (int) (i % reps)));
            Parameters runParams = params;
            futures.add(pool.submit(() -> {
                RunResult result;
                try {
                    result = RunResult.ok(key, simulator.simulate(runParams, s.modelEvents(), s.months(), key.seed()));
                } catch (RuntimeException | StackOverflowError e) {
                    result = RunResult.failed(key, e);
                }
                onRunDone.accept(1);
                return result;
            }));
        }
        return futures;
    }

    private static RunResult result(Future<RunResult> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sweep interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("sweep runner failed: " + e.getCause(), e.getCause());
        }
    }

    static Parameters parameters(Scenario s, double[] values) {
        SweepSpec spec = s.sweep().orElseThrow();
        Parameters p = s.parameters();
        for (int j = 0; j < values.length; j++) {
            p = p.with(spec.factors().get(j).param(), values[j]);
        }
        return p;
    }
}
