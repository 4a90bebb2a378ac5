package alliancesim.batch;

import alliancesim.files.AtomicFiles;
import alliancesim.files.FolderLock;
import alliancesim.model.ModelEvent;
import alliancesim.model.Output;
import alliancesim.model.Parameters;
import alliancesim.results.ManifestFile;
import alliancesim.results.ResultManifest;
import alliancesim.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * `run`: a scenario's replicates on all cores, written as manifest.json, runs.csv and
 * timeseries.csv in a result folder. Like a one-point sweep, runs stream through
 * {@link ChunkedRuns} to runs.csv in replicate order and into one {@link PointTimeseries}, so
 * memory does not grow with the replications; each CSV file appears whole when the runs are done.
 * Charts are drawn afterwards from these files. A runner made {@link #checking} calls its check once, with
 * {@link #COMMITTED}, when all three files are written under temporary names and before any is renamed into place:
 * a check that fails leaves none of them. manifest.json is renamed last, so a folder with data files but no manifest
 * is a run that was stopped (killed) in between, and readers say so.
 */
public final class ScenarioRun {
    private final int threads;
    private final Simulator simulator;
    private final int runsPerChunk;
    private final Consumer<String> commitCheck;

    public ScenarioRun(int threads, Simulator simulator) {
        this(threads, simulator, 1024 * threads);
    }

    public ScenarioRun(int threads, Simulator simulator, int runsPerChunk) {
        this(threads, simulator, runsPerChunk, file -> { });
    }

    private ScenarioRun(int threads, Simulator simulator, int runsPerChunk, Consumer<String> commitCheck) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.simulator = simulator;
        this.runsPerChunk = runsPerChunk;
        this.commitCheck = commitCheck;
    }

    /**
     * This runner, calling {@code check} with a file's name before it commits that file (e.g. to check the folder's
     * lock): a check that throws stops the run there, the file left uncommitted.
     */
    public ScenarioRun checking(Consumer<String> check) {
        return new ScenarioRun(threads, simulator, runsPerChunk, check);
    }

    /** The one commit point of a run's files, named as the check is told: they appear whole, or not at all. */
    public static final String COMMITTED = "timeseries.csv, runs.csv and manifest.json";

    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** What a run produced: where it is, how many runs and failures, and the month-by-month summaries. */
    public record Outcome(Path folder, long runs, long failed, PointTimeseries series) {
    }

    public Outcome run(Scenario scenario, Path folder, RunContext context, IntConsumer onDone) {
        return run(scenario, folder, context, onDone, (Map<String, Object>) null);
    }

    /**
     * Planned replications: first the plan decides how many replicates its targets need (keeping only
     * their final values), then those replicates are run and written as any run. The second pass
     * repeats the same seeds, so it gives the same runs; it costs time, not memory.
     */
    public Outcome run(Scenario scenario, Path folder, RunContext context, IntConsumer onDone, ReplicationPlan plan) {
        ReplicationPlan.Outcome<double[]> planned = plan.run(scenario.replications(),
                (first, count) -> finalValues(scenario, first, count), ScenarioRun::column);
        return run(scenario.withReplications(planned.replications()), folder, context, onDone, planned.describe(plan));
    }

    /** Final values of every output, a flow's total over the run (NaN for a failed run), of replicates first .. first + count - 1. */
    List<double[]> finalValues(Scenario scenario, int first, int count) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, count)));
        try {
            List<double[]> out = new ArrayList<>(count);
            for (Future<List<RunResult>> f : submit(pool, scenario, first, first + count, r -> { })) {
                for (RunResult r : f.get()) {
                    double[] v = new double[Output.all().size()];
                    for (Output o : Output.all()) {
                        v[o.ordinal()] = !r.isOk() ? Double.NaN : o.flow() ? r.trajectory().total(o) : r.trajectory().finalValue(o);
                    }
                    out.add(v);
                }
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One output's final values over the successful runs, in replicate order. */
    static double[] column(List<double[]> finals, Output output) {
        return finals.stream().mapToDouble(v -> v[output.ordinal()]).filter(v -> !Double.isNaN(v)).toArray();
    }

    Outcome run(Scenario scenario, Path folder, RunContext context, IntConsumer onDone, Map<String, Object> plan) {
        Instant started = Instant.now();
        List<Output> outputs = Output.all();
        long[] failed = {0};
        int reps = scenario.replications();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, reps));
        // Past the exact limit the summaries stream on the runs' pool: on this thread they held it back.
        PointTimeseries series = new PointTimeseries(outputs, pool, threads);
        ResultManifest[] manifest = {null};
        try {
            AtomicFiles.write(folder.resolve("runs.csv"), runsOut -> {
                AtomicFiles.write(folder.resolve("timeseries.csv"), timeseriesOut -> {
                    RunsCsv runs = new RunsCsv(runsOut, List.of(), outputs, true, simulator::particle);
                    ChunkedRuns.run(0, reps, runsPerChunk, (from, to) -> submit(pool, scenario, from, to, onDone),
                            new ChunkedRuns.Sink<RunResult>() {
                                @Override
                                public void add(long run, long chunkEnd, RunResult r) throws IOException {
                                    runs.write(r, new double[0]);
                                    series.add(r);
                                    failed[0] += r.isOk() ? 0 : 1;
                                }

                                @Override
                                public void endOfChunk(long to) throws IOException {
                                    runs.flush();
                                }
                            });
                    runs.flush();
                    TimeseriesCsv timeseries = new TimeseriesCsv(timeseriesOut, scenario.start(), outputs);
                    timeseries.write(0, new double[0], series);
                    timeseries.flush();
                    ResultManifest m = Manifest.describe(ResultManifest.RUN, scenario, context, threads, started,
                            Instant.now(), reps, failed[0]);
                    manifest[0] = plan == null ? m : m.withReplicationPlan(plan);
                    // One check for the three files, all written in full under temporary names by now: after it
                    // they are renamed into place one after the other with no check between, so a lost lock
                    // leaves none of them; the manifest comes last, and a folder without it is an unfinished run.
                    commitCheck.accept(COMMITTED);
                });
            });
        } finally {
            pool.shutdownNow();
        }
        ManifestFile.write(folder, manifest[0]);
        return new Outcome(folder, reps, failed[0], series);
    }

    /** What a run writes before its manifest, under their final and their temporary names. */
    private static final Set<String> BEFORE_MANIFEST = Set.of("runs.csv", "timeseries.csv",
            "runs.csv.tmp", "timeseries.csv.tmp", "manifest.json.tmp");

    /**
     * Whether {@code folder} holds what a run leaves when it is stopped before its manifest (between its renames, or
     * while writing): no manifest and nothing but those files and the lock. Every reader refuses such a folder, so
     * running the command again there, replacing them, loses nothing and gives the bytes an unstopped run gives.
     */
    public static boolean interrupted(Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                || ManifestFile.exists(folder)) {
            return false;
        }
        try (Stream<Path> s = Files.list(folder)) {
            List<String> names = s.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals(FolderLock.FILE)).toList();
            return !names.isEmpty() && BEFORE_MANIFEST.containsAll(names);
        } catch (IOException e) {
            return false; // unreadable: claimed as any other folder is, and refused there with the reason
        }
    }

    /** Starts replicates [from, to) of the scenario's one point. */
    private List<Future<List<RunResult>>> submit(ExecutorService pool, Scenario s, long from, long to, IntConsumer onDone) {
        Parameters parameters = s.parameters();
        List<ModelEvent> events = s.modelEvents();
        return ChunkedRuns.inBatches(pool, from, to, i -> {
            RunKey key = new RunKey(0, (int) i, SeedDerivation.runSeed(s.seed(), 0, (int) i));
            RunResult result = RunResult.of(key, simulator, parameters, events, s.months());
            onDone.accept(key.replicate());
            return result;
        });
    }
}
