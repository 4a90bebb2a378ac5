package alliancesim.cli;

import alliancesim.files.FolderLock;
import alliancesim.files.InvalidInputException;
import alliancesim.files.OutputFolder;
import alliancesim.report.Comparison;
import alliancesim.report.PeriodMeans;
import alliancesim.report.ResultFolder;
import alliancesim.stats.Intervals;
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

/** `compare DIR DIR...`: result folders side by side with statistics, charts and a report. */
@Command(name = "compare", description = "Compare result folders: overlay and box charts, tests, effect sizes, report.html.")
final class CompareCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "result folders made by run (or whatif's before/ and after/)")
    List<Path> dirs;

    @Option(names = "--out", paramLabel = "DIR", description = "comparison folder (default: results/compare/<timestamp>)")
    Path out;

    @Option(names = "--force", description = "empty a non-empty --out folder first (only a folder alliance-sim wrote)")
    boolean force;

    @Option(names = "--outputs", split = ",", paramLabel = "a,b", description = "outputs to compare (default: all shared)")
    List<String> outputs = new ArrayList<>();

    @Option(names = "--posterior", paramLabel = "FILE", description = "accepted for symmetry with run and whatif:"
            + " compare runs nothing, and each folder's manifest says whether its runs drew from a posterior")
    Path posterior;

    @CommandLine.Mixin
    PeriodOption period = new PeriodOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final CommitPoints commits;

    /** Checking its lock at each commit point (how picocli's own factory makes it, e.g. for help). */
    CompareCommand() {
        this(CommitPoints.CHECKED);
    }

    CompareCommand(CommitPoints commits) {
        this.commits = commits;
    }

    @Override
    public Integer call() {
        PrintWriter console = spec.commandLine().getOut();
        if (dirs.size() < 2) {
            throw new InvalidInputException("compare needs two result folders or more, e.g. `alliance-sim compare "
                    + dirs.get(0) + " results/other`; only " + dirs.get(0) + " was given");
        }
        for (Path d : dirs) { // only what each folder committed, intact
            alliancesim.batch.FolderCheck.readable(d).forEach(n -> spec.commandLine().getErr().println("note: " + n));
        }
        List<ResultFolder> folders = dirs.stream().map(ResultFolder::open).toList();
        if (out != null) {
            for (Path d : dirs) {
                if (OutputFolder.overlap(out, d)) {
                    throw new InvalidInputException("--out " + out + " would overwrite the compared folder " + d
                            + "; give a new folder, e.g. --out results/compare/mine");
                }
            }
        }
        Optional<PeriodOption.MonthSpan> span = period.parse();
        List<List<PeriodMeans.Figure>> periodFigures = span.map(p -> folders.stream()
                .map(f -> PeriodMeans.of(f, p.first(), p.last())).toList()).orElse(List.of());
        Comparison comparison = new Comparison(folders);
        for (String w : comparison.warnings()) {
            spec.commandLine().getErr().println("warning: " + w);
        }
        Path folder;
        List<Comparison.Row> rows;
        try (FolderLock lock = ResultPaths.claim(out, force, "compare")) {
            folder = lock.folder();
            rows = comparison.write(folder, outputs, RunCommand.commandLine(spec), next -> commits.reached(lock, next));
            commits.reached(lock, CommitPoints.END); // a lock deleted meanwhile may have let another writer in
        }
        console.printf("Compared %d folders on %d outputs: %s%n", folders.size(),
                rows.stream().map(Comparison.Row::output).distinct().count(), folder);
        console.println("  compare.csv, report.html, charts/overlay-*.png, charts/box-*.png");
        for (List<String> pair : rows.stream().map(r -> List.of(r.a(), r.b())).distinct().toList()) {
            List<Comparison.Row> ofPair = rows.stream().filter(r -> r.a().equals(pair.get(0)) && r.b().equals(pair.get(1)))
                    .toList();
            console.printf("%n%s vs %s: %s; differences %s - %s with their %s confidence intervals%n", pair.get(0),
                    pair.get(1), ofPair.get(0).pairing(), pair.get(1), pair.get(0), Intervals.LABEL);
            ofPair.forEach(r -> console.println("  " + r.sentence()));
        }
        span.ifPresent(p -> printPeriod(console, p, folders, periodFigures.stream().map(f -> f.stream()
                .filter(x -> outputs.isEmpty() || outputs.contains(x.output())).toList()).toList()));
        return Main.OK;
    }

    /** --period: each folder against the first, by the means of timeseries.csv (the folders keep no run's months). */
    private static void printPeriod(PrintWriter console, PeriodOption.MonthSpan span, List<ResultFolder> folders,
                                    List<List<PeriodMeans.Figure>> figures) {
        console.printf("%nOver %s: means over the runs, from each folder's timeseries.csv (which keeps the months only"
                + " as summaries, so no interval; `whatif --period` gives paired intervals)%n", span.label());
        for (int i = 1; i < folders.size(); i++) {
            console.printf("%s vs %s:%n", folders.get(0).name(), folders.get(i).name());
            for (PeriodMeans.Figure a : figures.get(0)) {
                figures.get(i).stream().filter(b -> b.output().equals(a.output()) && b.what().equals(a.what()))
                        .findFirst().ifPresent(b -> console.println("  " + PeriodMeans.sentence(a, b)));
            }
        }
    }
}
