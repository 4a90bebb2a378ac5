package alliancesim.cli;

import alliancesim.batch.JobSize;
import alliancesim.batch.Shard;
import alliancesim.scenario.RunawayRace;
import alliancesim.batch.SweepRunner;
import alliancesim.model.Output;
import alliancesim.scenario.Scenario;
import alliancesim.files.InvalidInputException;
import alliancesim.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** `validate FILE...`: checks scenario files without running them. */
@Command(name = "validate", description = "Check scenario files without running them (exit 2 if any is invalid).")
final class ValidateCommand implements Callable<Integer> {
    /** Where run and sweep write by default: its disk is the one whose free space is checked. */
    private static final Path RESULTS = Path.of("results");

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "scenario YAML files")
    List<Path> files;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int invalid = 0;
        // Every file is checked and reported, so one run of validate lists all that needs fixing.
        for (Path file : files) {
            try {
                Scenario s = new ScenarioLoader().load(file);
                JobSize run = JobSize.run(s);
                run.check(RESULTS);
                Optional<JobSize> sweep = s.sweep().map(w -> JobSize.sweep(s, Shard.ALL));
                sweep.ifPresent(size -> size.check(RESULTS));
                out.printf("ok  %s: %s, %d months from %s, %d replications, %d events%s%n", file, s.name(), s.months(),
                        s.start(), s.replications(), s.events().size(),
                        s.sweep().map(w -> ", " + w.design().key() + " sweep over " + w.factors().size() + " factors")
                                .orElse(""));
                out.printf("    run: %s%s%n", run.describe(), s.precision().isEmpty() ? ""
                        : "; then more, in batches, until the 95 % intervals of " + String.join(", ",
                        s.precision().keySet().stream().map(alliancesim.model.Output::key).toList())
                        + " are as narrow as its precision: block asks (at most "
                        + String.format(java.util.Locale.ROOT, "%,d", alliancesim.batch.ReplicationPlan.DEFAULT_MAX)
                        + " replications)");
                sweep.ifPresent(size -> out.printf("    sweep: %s%n", size.describe()));
                JobSize.timeseriesAdvice(s).ifPresent(a -> out.println("    note: " + a));
                RunawayRace.warning(s).ifPresent(w -> out.println("    warning: " + w));
            } catch (InvalidInputException e) { // a ScenarioException, or a job too large for the disk or memory
                invalid++;
                err.println("error: " + e.getMessage());
            }
        }
        out.flush();
        err.flush();
        if (invalid > 0) {
            err.printf("%d of %d files invalid%n", invalid, files.size());
            return Main.INVALID_INPUT;
        }
        return Main.OK;
    }
}
