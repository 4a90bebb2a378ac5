package alliancesim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `params`: the parameter table with provenance. */
@Command(name = "params", description = "Print every parameter: name, unit, default, range, provenance.")
final class ParamsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("params: not yet");
    }
}
