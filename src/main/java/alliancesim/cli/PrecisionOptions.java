package alliancesim.cli;

import alliancesim.batch.ReplicationPlan;
import alliancesim.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** `--precision OUTPUT=HALFWIDTH[,...]`: replications planned until the named means are that precise. */
final class PrecisionOptions {
    @Option(names = "--precision", paramLabel = "OUTPUT=HALFWIDTH[,...]", description = "add replications in batches"
            + " until the 95 %% interval of each named output's final mean (whatif: of the paired difference) is"
            + " within +-HALFWIDTH, e.g. front_balance=0.01 (default: the scenario's precision: block, if any)")
    List<String> precision = new ArrayList<>();

    @Option(names = "--max-replications", paramLabel = "N", description = "never more replications than this with"
            + " --precision (default: ${DEFAULT-VALUE})")
    int maxReplications = ReplicationPlan.DEFAULT_MAX;

    @Option(names = "--replication-batch", paramLabel = "N", description = "replications added each round with"
            + " --precision (default: ${DEFAULT-VALUE})")
    int batch = ReplicationPlan.DEFAULT_BATCH;

    boolean planned() {
        return !precision.isEmpty();
    }

    /**
     * The plan, checked before anything runs: --precision's targets, else the scenario's
     * `precision:` block; null with neither.
     */
    ReplicationPlan plan(Scenario scenario) {
        OptionCaps.atMost("--max-replications", maxReplications, Scenario.MAX_REPLICATIONS,
                "as many as a scenario's replications: may take");
        OptionCaps.atMost("--replication-batch", batch, Scenario.MAX_REPLICATIONS,
                "as many as a scenario's replications: may take");
        if (planned()) {
            return ReplicationPlan.parse(precision, batch, maxReplications);
        }
        return scenario.precision().isEmpty() ? null : new ReplicationPlan(scenario.precision(), batch, maxReplications);
    }
}
