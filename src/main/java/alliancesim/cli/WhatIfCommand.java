package alliancesim.cli;

import alliancesim.batch.PeriodValues;
import alliancesim.batch.ReplicationPlan;
import alliancesim.batch.RunContext;
import alliancesim.batch.WhatIf;
import alliancesim.files.FolderLock;
import alliancesim.report.Change;
import alliancesim.report.FanCharts;
import alliancesim.report.ResultFolder;
import alliancesim.report.WhatIfReport;
import alliancesim.scenario.Overrides;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `whatif SCENARIO --set k=v...`: the scenario as it is and with the change, on the same seeds. */
@Command(name = "whatif", description = "Run a scenario as it is and with changes, on the same seeds, and compare.")
final class WhatIfCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SCENARIO", description = "scenario YAML file")
    Path file;

    @Option(names = "--set", paramLabel = "NAME=VALUE", required = true, description = "the change (repeatable)")
    List<String> sets = new ArrayList<>();

    @CommandLine.Mixin
    WorkOptions work = new WorkOptions();

    @CommandLine.Mixin
    PrecisionOptions precision = new PrecisionOptions();

    @CommandLine.Mixin
    HorizonOptions horizon = new HorizonOptions();

    @CommandLine.Mixin
    PeriodOption period = new PeriodOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final CommitPoints commits;

    /** Checking its lock at each commit point (how picocli's own factory makes it, e.g. for help). */
    WhatIfCommand() {
        this(CommitPoints.CHECKED);
    }

    WhatIfCommand(CommitPoints commits) {
        this.commits = commits;
    }

    @Override
    public Integer call() {
        PrintWriter console = spec.commandLine().getOut();
        Scenario before = horizon.apply(work.apply(new ScenarioLoader().load(file)), spec.commandLine().getErr());
        Overrides.overriddenByEvents(before, sets).forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        Scenario after = Overrides.apply(before, sets);
        ReplicationPlan plan = precision.plan(before);
        Optional<PeriodOption.MonthSpan> span = period.resolve(before.start(), before.months());
        String label = String.join(", ", sets);
        int workers = work.workers();
        try (FolderLock lock = work.claim(before, "-whatif-" + folderWords(sets) + horizon.suffix())) {
            int code = run(console, before, after, plan, label, workers, lock, span);
            commits.reached(lock, CommitPoints.END); // a lock deleted meanwhile may have let another writer in
            return code;
        }
    }

    private int run(PrintWriter console, Scenario before, Scenario after, ReplicationPlan plan, String label, int workers,
                    FolderLock lock, Optional<PeriodOption.MonthSpan> span) {
        Path folder = lock.folder();
        console.printf("What if %s? %s: %d replications on the same seeds, as it is and with the change%n", label,
                before.name(), before.replications());
        console.flush();
        RunContext context = Contexts.of(spec);
        WhatIf whatIf = new WhatIf(workers, WorkOptions.simulator(before), WorkOptions.simulator(after))
                .checking(f -> commits.reached(lock, f));
        WhatIf.Outcome outcome = plan == null ? whatIf.run(before, after, folder, context)
                : whatIf.run(before, after, folder, context, plan);
        commits.reached(lock, "before/charts");
        FanCharts.draw(ResultFolder.open(folder.resolve("before")));
        commits.reached(lock, "after/charts");
        FanCharts.draw(ResultFolder.open(folder.resolve("after")));
        commits.reached(lock, "summary and report.html");
        List<Change> changes = WhatIfReport.write(folder, label);
        console.printf("%nResults in %s (report.html, summary.png, summary.csv, charts/overlay-*.png)%n%n", folder);
        RunCommand.printPlan(console, ResultFolder.open(folder.resolve("before")));
        for (Change c : changes) {
            console.println("  " + c.sentence());
        }
        if (span.isPresent()) {
            PeriodOption.MonthSpan p = span.get();
            int n = (int) outcome.before().runs(); // with --precision, the replications the plan used
            PeriodTable.printDifferences(console, before.outputs(),
                    PeriodValues.of(before.withReplications(n), WorkOptions.simulator(before), p.from(), p.to()),
                    PeriodValues.of(after.withReplications(n), WorkOptions.simulator(after), p.from(), p.to()), p);
        }
        if (outcome.failed() > 0) {
            console.printf("%n%d runs failed; see before/runs.csv and after/runs.csv%n", outcome.failed());
            return Main.RUNS_FAILED;
        }
        return Main.OK;
    }

    /** Characters of the change's words kept in a folder name; the hash tells longer changes apart. */
    static final int WORDS = 80;

    /**
     * The change as a folder name: "china.facilitation=0.1" -> "china.facilitation-0.1", joined by "_",
     * cut to {@link #WORDS} characters, then a short hash of the full change, so that two changes never
     * share a folder (a fourth change cut off, or "x=1/2" and "x=1:2" written alike).
     */
    static String folderWords(List<String> sets) {
        String words = String.join("_", sets).replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-+", "-");
        String cut = words.length() > WORDS ? words.substring(0, WORDS) : words;
        byte[] hash;
        try {
            hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", sets).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        return cut + "-" + java.util.HexFormat.of().formatHex(hash, 0, 4);
    }
}
