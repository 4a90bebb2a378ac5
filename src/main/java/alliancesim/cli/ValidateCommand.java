package alliancesim.cli;

import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** `validate FILE...`: checks scenario files without running them. */
@Command(name = "validate", description = "Check scenario files without running them (exit 2 if any is invalid).")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "scenario YAML files")
    List<Path> files;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Path file : files) {
            Scenario s = new ScenarioLoader().load(file);
            out.printf("ok  %s: %s, %d months from %s, %d replications, %d events%s%n", file, s.name(), s.months(),
                    s.start(), s.replications(), s.events().size(),
                    s.sweep().map(w -> ", " + w.design().key() + " sweep over " + w.factors().size() + " factors").orElse(""));
        }
        return Main.OK;
    }
}
