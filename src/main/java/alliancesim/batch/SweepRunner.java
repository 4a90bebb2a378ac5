package alliancesim.batch;

import alliancesim.batch.design.Design;
import alliancesim.files.FileErrors;
import alliancesim.files.InvalidInputException;
import alliancesim.model.Parameters;
import alliancesim.results.ManifestFile;
import alliancesim.results.ResultManifest;
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
    private final Runnable lockCheck;

    public SweepRunner(int threads, Simulator simulator) {
        // About 1,000 runs a thread per chunk: big enough to keep the cores busy, small in memory.
        this(threads, simulator, 1024 * threads);
    }

    public SweepRunner(int threads, Simulator simulator, int runsPerChunk) {
        this(threads, simulator, runsPerChunk, () -> { });
    }

    private SweepRunner(int threads, Simulator simulator, int runsPerChunk, Runnable lockCheck) {
        this.threads = threads;
        this.simulator = simulator;
        this.runsPerChunk = runsPerChunk;
        this.lockCheck = lockCheck;
    }

    /**
     * This runner, checking the folder's lock (e.g. {@code lock::verify}) before each commit and before the final
     * manifest: a check that throws stops the sweep with nothing more committed.
     */
    public SweepRunner checking(Runnable check) {
        return new SweepRunner(threads, simulator, runsPerChunk, check);
    }

    /** The points of a sweep with their factor values, in design order. */
    public static List<double[]> points(Scenario s) {
        SweepSpec spec = s.sweep().orElseThrow(() -> new InvalidInputException(s.source()
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
        if (!resume) {
            // The whole resolved sweep is on disk before any run, so even a kill before the first commit can resume.
            refuseIfSweep(folder);
            ManifestFile.write(folder, manifest(s, context, started, started, 0, 0, all.size(), shard));
        }
        SweepProgress committed = prepare(folder, resume);
        List<String> factors = spec.factors().stream().map(f -> f.param().key()).toList();
        int reps = s.replications();
        long total = (long) mine.size() * reps;
        long failed = resume ? SweepFiles.failedRuns(folder) : 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        // As many threads for the summaries as for the runs, sharing the cores (see docs/performance.md).
        ExecutorService summarizers = Executors.newFixedThreadPool(threads);
        List<alliancesim.model.Output> summarized = spec.timeseriesOfScenarioOutputs() ? s.outputs()
                : alliancesim.model.Output.all();
        try (SweepFiles files = new SweepFiles(folder, s.start(), factors, all, committed, summarized, summarizers, threads,
                lockCheck, simulator::particle)) {
            // Runs are numbered i = (index among this shard's points) x replications + replicate.
            long from = (long) committed.pointsDone() * reps;
            long[] failures = {failed};
            ChunkedRuns.run(from, total, runsPerChunk, (a, b) -> submit(pool, s, all, mine, a, b, files, onRunDone),
                    new ChunkedRuns.Sink<Finished>() {
                        @Override
                        public void add(long i, long to, Finished f) throws IOException {
                            failures[0] += f.result().isOk() ? 0 : 1;
                            long boundary = to / reps * reps; // the end of the last point this chunk finishes
                            files.add(f.result(), f.row(), (i + 1) % reps == 0, (int) ((i + 1) / reps), i + 1 == boundary);
                        }

                        @Override
                        public void endOfChunk(long to) throws IOException {
                            files.commit();
                        }
                    });
            failed = failures[0];
            files.finish(mine.size());
        } catch (IOException e) {
            String what = e instanceof java.nio.file.FileSystemException fs && fs.getFile() != null
                    ? "cannot write " + fs.getFile() : "cannot write the sweep's files in " + folder;
            throw new UncheckedIOException(FileErrors.describe(what, e), e);
        } finally {
            pool.shutdownNow();
            summarizers.shutdownNow();
        }
        lockCheck.run();
        ResultManifest manifest = manifest(s, context, started, Instant.now(), total, failed, all.size(), shard);
        if (resume) {
            manifest = manifest.resumedFrom(String.valueOf(ManifestFile.read(folder).command()));
        }
        ManifestFile.write(folder, manifest);
        return new Outcome(folder, mine.size(), total, failed);
    }

    private ResultManifest manifest(Scenario s, RunContext context, Instant started, Instant finished, long runs,
                                    long failed, int points, Shard shard) {
        return Manifest.describe(ResultManifest.SWEEP, s, context, threads, started, finished, runs, failed)
                .withSweep(Manifest.sweep(s.sweep().orElseThrow(), points, shard),
                        s.source() == null ? null : s.source().toAbsolutePath().normalize().toString());
    }

    private static void refuseIfSweep(Path folder) {
        if (Files.exists(folder.resolve(SweepProgress.FILE)) || Files.exists(folder.resolve("manifest.json"))) {
            throw new InvalidInputException(folder + " already holds a result; resume a sweep with"
                    + " `alliance-sim sweep --resume " + folder + "` or choose another --out");
        }
    }

    private static SweepProgress prepare(Path folder, boolean resume) {
        try {
            if (resume) {
                // No progress.json: killed before the first commit, so nothing written counts; from here on the
                // folder is recorded as a new one is, with its definition's hash.
                SweepProgress p = Files.exists(folder.resolve(SweepProgress.FILE)) ? SweepProgress.read(folder)
                        : started(folder);
                if (p.definitionSha() == null) { // an older alliance-sim's folder: protected from this resume on
                    p = p.defining(SweepDefinition.of(RecordedSweep.read(folder)));
                }
                truncate(folder.resolve(SweepFiles.RUNS), p.runsBytes());
                truncate(folder.resolve(SweepFiles.TIMESERIES), p.timeseriesBytes());
                return p;
            }
            Files.createDirectories(folder);
            return started(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(FileErrors.describe("cannot prepare the sweep folder " + folder, e), e);
        }
    }

    /** No run committed yet: progress.json with the sweep as the manifest records it, written. */
    private static SweepProgress started(Path folder) {
        // the definition's hash, so that a hand-edited manifest is refused on resume
        SweepProgress start = new SweepProgress(0, 0, 0, false).defining(SweepDefinition.of(RecordedSweep.read(folder)));
        start.write(folder); // from now on the folder can be resumed, even if killed before its first chunk
        return start;
    }

    private static void truncate(Path file, long length) throws IOException {
        if (!Files.exists(file)) {
            if (length > 0) {
                throw new SweepProgress.DamagedException(file, "it is missing, but progress.json records " + length
                        + " bytes of it");
            }
            return;
        }
        if (Files.size(file) < length) {
            throw new SweepProgress.DamagedException(file, "it holds " + Files.size(file) + " bytes, fewer than the "
                    + length + " that progress.json records");
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(length);
        }
    }

    /** A run with its runs.csv row, formatted on the run's own thread. */
    private record Finished(RunResult result, byte[] row) {
    }

    /** Starts runs [from, to) of this shard, in order. */
    private List<Future<List<Finished>>> submit(ExecutorService pool, Scenario s, List<double[]> all, List<Integer> mine,
                                                long from, long to, SweepFiles files, IntConsumer onRunDone) {
        int reps = s.replications();
        List<alliancesim.model.ModelEvent> events = s.modelEvents();
        // Each point's parameters once, not once a run.
        Map<Integer, Parameters> params = new java.util.HashMap<>();
        for (long i = from; i < to; i += reps - i % reps) {
            int p = mine.get((int) (i / reps));
            params.put(p, parameters(s, all.get(p)));
        }
        return ChunkedRuns.inBatches(pool, from, to, i -> {
            int p = mine.get((int) (i / reps));
            int replicate = (int) (i % reps);
            RunKey key = new RunKey(p, replicate, SeedDerivation.runSeed(s.seed(), p, replicate));
            RunResult result = RunResult.of(key, simulator, params.get(p), events, s.months());
            byte[] row = files.row(result);
            onRunDone.accept(1);
            return new Finished(result, row);
        });
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
