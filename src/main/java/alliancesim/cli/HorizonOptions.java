package alliancesim.cli;

import alliancesim.scenario.Scenario;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** --seed and --months, the same for every command that runs a scenario (run, whatif, sweep). */
final class HorizonOptions {
    @Option(names = "--seed", description = "scenario seed (default: the file's)")
    Long seed;

    @Option(names = "--months", description = "horizon in months (default: the file's)")
    Integer months;

    /** The scenario with these options; a note on err for events that fall beyond a shorter horizon. */
    Scenario apply(Scenario s, PrintWriter err) {
        if (seed != null) {
            s = s.withSeed(seed);
        }
        if (months != null) {
            int before = s.events().size();
            s = s.withHorizon(months);
            if (s.events().size() < before) {
                err.printf("note: %d event(s) after month %d fall outside --months %d and are left out%n",
                        before - s.events().size(), months - 1, months);
            }
        }
        return s;
    }

    /** "-seed7-months12" for a folder name, empty when neither is set. */
    String suffix() {
        return (seed == null ? "" : "-seed" + seed) + (months == null ? "" : "-months" + months);
    }
}
