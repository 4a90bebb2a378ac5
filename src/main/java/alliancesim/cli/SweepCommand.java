package alliancesim.cli;

import alliancesim.batch.FolderCheck;
import alliancesim.batch.JobSize;
import alliancesim.batch.RecordedSweep;
import alliancesim.batch.RunContext;
import alliancesim.batch.Shard;
import alliancesim.batch.SweepRunner;
import alliancesim.files.FolderLock;
import alliancesim.files.InvalidInputException;
import alliancesim.report.SensitivityWarnings;
import alliancesim.report.SweepReport;
import alliancesim.scenario.Overrides;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `sweep SCENARIO`: the scenario's sweep: block, every point times every replicate, streamed to disk. */
@Command(name = "sweep", description = "Run a scenario's sweep (grid, random, lhs, sobol, morris) on all cores.")
final class SweepCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SCENARIO", arity = "0..1",
            description = "scenario YAML file with a sweep: block (not needed with --resume)")
    Path file;

    @Option(names = "--resume", paramLabel = "DIR",
            description = "finish the interrupted sweep in DIR, as recorded in its manifest.json")
    Path resume;

    @Option(names = "--shard", paramLabel = "i/n", converter = ShardOption.class,
            description = "run slice i of n of the design points (1 <= i <= n)")
    Shard shard;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "change a parameter at every point (repeatable)")
    java.util.List<String> sets = new java.util.ArrayList<>();

    @CommandLine.Mixin
    WorkOptions work = new WorkOptions();

    @CommandLine.Mixin
    HorizonOptions horizon = new HorizonOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final CommitPoints commits;

    /** Checking its lock at each commit point (how picocli's own factory makes it, e.g. for help). */
    SweepCommand() {
        this(CommitPoints.CHECKED);
    }

    SweepCommand(CommitPoints commits) {
        this.commits = commits;
    }

    @Override
    public Integer call() {
        if (resume != null) {
            return resume();
        }
        if (file == null) {
            throw new InvalidInputException("sweep needs a SCENARIO file, or --resume DIR to finish an interrupted sweep");
        }
        Scenario loaded = new ScenarioLoader().load(file);
        Overrides.refuseSweepFactors(loaded, sets);
        Scenario s = horizon.apply(work.apply(Overrides.apply(loaded, sets)), spec.commandLine().getErr());
        Shard slice = shard == null ? Shard.ALL : shard;
        int workers = work.workers();
        if (s.sweep().isEmpty()) {
            SweepRunner.points(s); // refuses a scenario without a sweep: block, with its message, before a folder is made
        }
        JobSize.sweep(s, slice).check(work.out != null && work.out.toAbsolutePath().getParent() != null
                ? work.out.toAbsolutePath().getParent() : Path.of("").toAbsolutePath()); // before points are drawn
        try (FolderLock lock = work.claim(s, "")) {
            return sweep(s, slice, workers, lock, 0);
        }
    }

    /** Resumes the sweep recorded in the folder; the command may repeat what it records, never change it. */
    private int resume() {
        if (work.out != null) {
            throw new InvalidInputException("--resume " + resume + " continues the sweep in that folder; drop --out "
                    + work.out + " (a sweep cannot be resumed into another folder)");
        }
        int workers = work.workers();
        try (FolderLock lock = FolderLock.take(RecordedSweep.read(resume).folder())) {
            RecordedSweep recorded = RecordedSweep.read(resume); // again, now that no one else writes it
            FolderCheck.Checked checked = FolderCheck.verify(recorded); // its files, against what it committed
            FolderCheck.unhashed(recorded).ifPresent(n -> spec.commandLine().getErr().println("note: " + n));
            PrintWriter console = spec.commandLine().getOut();
            RunContext context = Contexts.of(spec);
            Scenario given = work.apply(file == null || sameFile(file, recorded) ? recorded.scenario()
                    : new ScenarioLoader().load(file));
            Shard slice = shard == null ? recorded.shard() : shard;
            List<String> differences = recorded.differences(given, slice, context.toolVersion(), context.gitCommit());
            if (!differences.isEmpty()) {
                throw new InvalidInputException(resume + " holds another sweep than this command asks for; "
                        + "resume it with `alliance-sim sweep --resume " + resume + "` alone. Differences: "
                        + String.join("; ", differences));
            }
            if (file != null && sameFile(file, recorded) && changed(file, recorded)) {
                spec.commandLine().getErr().printf("note: %s has changed since the sweep started; resuming the sweep as"
                        + " recorded in %s%n", file, resume.resolve("manifest.json"));
            }
            if (recorded.finished()) {
                List<String> unfinished = recorded.shard().count() == 1 ? SweepReport.unfinished(resume) : List.of();
                if (!unfinished.isEmpty()) { // killed while its charts and report were written
                    commits.reached(lock, "charts and report.html");
                    SweepReport.write(resume);
                    console.printf("%s: runs complete (%d runs); wrote the missing charts and report (%s)%n", resume,
                            checked.runs(), String.join(", ", unfinished.size() > 4
                                    ? List.of(String.join(", ", unfinished.subList(0, 4)), "...") : unfinished));
                    return Main.OK;
                }
                console.printf("%s is complete (%d runs%s); nothing to do%n", resume, checked.runs(),
                        recorded.merged() ? ", merged from shards" : "");
                return Main.OK;
            }
            JobSize.sweep(recorded.scenario(), recorded.shard()).check(resume);
            long before = recorded.progress().map(p -> (long) p.pointsDone()).orElse(0L) * recorded.scenario().replications();
            return sweep(recorded.scenario(), recorded.shard(), workers, lock, before);
        }
    }

    private int sweep(Scenario s, Shard slice, int workers, FolderLock lock, long before) {
        Path folder = lock.folder();
        PrintWriter console = spec.commandLine().getOut();
        boolean resuming = resume != null;
        JobSize size = JobSize.sweep(s, slice);
        long points = size.points();
        long mine = size.pointsHere();
        console.printf("%s %s: %s design, %d points x %d replications%s on %d threads -> %s%n",
                resuming ? "Resuming" : "Sweeping", s.name(), s.sweep().orElseThrow().design().key(), points,
                s.replications(), slice.count() > 1 ? " (shard " + slice + ": " + mine + " points)" : "", workers, folder);
        console.printf("  %s%n", size.describe());
        if (!resuming) {
            JobSize.timeseriesAdvice(s).ifPresent(a -> console.println("  note: " + a));
        }
        console.flush();
        String resumeCommand = Launcher.command(List.of("sweep", "--resume", folder.toString()));
        SweepRunner.Outcome outcome;
        try (InterruptNotice notice = InterruptNotice.sweep(spec.commandLine().getErr(), resumeCommand);
             SweepProgressDisplay progress = new SweepProgressDisplay(spec.commandLine().getErr(), mine * s.replications(),
                     before)) {
            outcome = new SweepRunner(workers, WorkOptions.simulator(s)).checking(() -> commits.reached(lock, "runs")).run(s, folder, Contexts.of(spec), slice, resuming,
                    progress::tick);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException(e.getMessage() + "; the runs committed so far are kept: once fixed, finish"
                    + " with `" + resumeCommand + "`", e.getCause());
        }
        if (slice.count() == 1) {
            // a deleted lock file may have let another writer in: write no charts over its files
            commits.reached(lock, "charts and report.html");
            try (InterruptNotice notice = InterruptNotice.sweep(spec.commandLine().getErr(), resumeCommand)) {
                SweepReport.write(folder); // a kill here is finished by `--resume`, which writes what is missing
            }
            commits.reached(lock, CommitPoints.END);
            SensitivityWarnings.of(folder).forEach(w -> spec.commandLine().getErr().println("warning: " + w));
            String design = s.sweep().orElseThrow().design().key();
            boolean indices = design.equals("sobol") || design.equals("morris");
            console.printf("Done: %d runs in %s (%scharts/, report.html)%n", outcome.runs(), folder,
                    indices ? "sensitivity.csv, " : "");
        } else {
            console.printf("Shard %s done: %d runs in %s; join the shards with `alliance-sim merge DIR... --out DIR`%n",
                    slice, outcome.runs(), folder);
        }
        if (outcome.failed() > 0) {
            console.printf("%d runs failed; see the status and message columns of runs.csv%n", outcome.failed());
            return Main.RUNS_FAILED;
        }
        return Main.OK;
    }

    private static boolean sameFile(Path file, RecordedSweep recorded) {
        return recorded.scenarioFile() != null
                && file.toAbsolutePath().normalize().toString().equals(recorded.scenarioFile());
    }

    /** Whether the file on disk now gives another sweep than the one recorded (only for a note). */
    private boolean changed(Path file, RecordedSweep recorded) {
        try {
            Scenario now = work.apply(new ScenarioLoader().load(file));
            return !recorded.sweepDifferences(now).isEmpty();
        } catch (RuntimeException e) {
            return true;
        }
    }
}
