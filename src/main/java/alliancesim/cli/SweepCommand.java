package alliancesim.cli;

import alliancesim.batch.Shard;
import alliancesim.batch.Simulator;
import alliancesim.batch.SweepRunner;
import alliancesim.report.SweepReport;
import alliancesim.scenario.Overrides;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `sweep SCENARIO`: the scenario's sweep: block, every point times every replicate, streamed to disk. */
@Command(name = "sweep", description = "Run a scenario's sweep (grid, random, lhs, sobol, morris) on all cores.")
final class SweepCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SCENARIO", description = "scenario YAML file with a sweep: block")
    Path file;

    @Option(names = "--resume", paramLabel = "DIR", description = "finish an interrupted sweep in DIR")
    Path resume;

    @Option(names = "--shard", paramLabel = "i/n", description = "run slice i of n of the design points")
    String shard;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "change a parameter at every point (repeatable)")
    java.util.List<String> sets = new java.util.ArrayList<>();

    @CommandLine.Mixin
    WorkOptions work = new WorkOptions();

    @CommandLine.Mixin
    HorizonOptions horizon = new HorizonOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter console = spec.commandLine().getOut();
        Scenario s = horizon.apply(work.apply(Overrides.apply(new ScenarioLoader().load(file), sets)),
                spec.commandLine().getErr());
        Shard slice = shard == null ? Shard.ALL : Shard.parse(shard);
        int workers = work.workers();
        int points = SweepRunner.points(s).size();
        Path folder = resume != null ? resume : work.folder(s, "");
        long mine = (points + slice.count() - slice.index()) / slice.count();
        console.printf("Sweeping %s: %s design, %d points x %d replications%s on %d threads -> %s%n", s.name(),
                s.sweep().orElseThrow().design().key(), points, s.replications(),
                slice.count() > 1 ? " (shard " + slice + ": " + mine + " points)" : "", workers, folder);
        console.flush();
        long before = resume != null && Files.exists(folder) ? doneRuns(folder, s) : 0;
        SweepRunner.Outcome outcome;
        try (SweepProgressDisplay progress = new SweepProgressDisplay(spec.commandLine().getErr(), mine * s.replications(),
                before)) {
            outcome = new SweepRunner(workers, Simulator.MODEL).run(s, folder, Contexts.of(spec), slice, resume != null,
                    progress::tick);
        }
        if (slice.count() == 1) {
            SweepReport.write(folder);
            String design = s.sweep().orElseThrow().design().key();
            boolean indices = design.equals("sobol") || design.equals("morris");
            console.printf("Done: %d runs in %s (%scharts/, report.html)%n", outcome.runs(), folder,
                    indices ? "sensitivity.csv, " : "");
        } else {
            console.printf("Shard %s done: %d runs in %s; join the shards with `alliance-sim merge DIR...`%n", slice,
                    outcome.runs(), folder);
        }
        if (outcome.failed() > 0) {
            console.printf("%d runs failed; see the status and message columns of runs.csv%n", outcome.failed());
            return Main.RUNS_FAILED;
        }
        return Main.OK;
    }

    private static long doneRuns(Path folder, Scenario s) {
        try {
            String text = Files.readString(folder.resolve("progress.json"));
            int points = Integer.parseInt(text.replaceAll("(?s).*\"points_done\":(\\d+).*", "$1"));
            return (long) points * s.replications();
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }
}
