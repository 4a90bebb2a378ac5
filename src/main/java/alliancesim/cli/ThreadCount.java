package alliancesim.cli;

import alliancesim.batch.ScenarioRun;
import picocli.CommandLine;

/**
 * `--threads N`: a whole number from 1 to 4 x the cores. Each thread is an OS thread with its own
 * stack and model; beyond a few per core they only add switching, and a huge N exhausts the system.
 */
final class ThreadCount implements CommandLine.ITypeConverter<Integer> {
    static final int PER_CORE = 4;

    static int max() {
        return PER_CORE * ScenarioRun.defaultThreads();
    }

    @Override
    public Integer convert(String text) {
        int cores = ScenarioRun.defaultThreads();
        int n;
        try {
            n = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a whole number; give 1 to " + max()
                    + " (default: the " + cores + " cores)");
        }
        if (n < 1 || n > max()) {
            throw new CommandLine.TypeConversionException(text.strip() + " is out of range; give 1 to " + max() + " ("
                    + PER_CORE + " x the " + cores + " cores; more threads than that only wait for a core)");
        }
        return n;
    }
}
