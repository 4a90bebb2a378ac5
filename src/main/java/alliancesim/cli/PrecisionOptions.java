package alliancesim.cli;

import alliancesim.batch.ReplicationPlan;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** `--precision OUTPUT=HALFWIDTH[,...]`: replications planned until the named means are that precise. */
final class PrecisionOptions {
    @Option(names = "--precision", paramLabel = "OUTPUT=HALFWIDTH[,...]", description = "add replications in batches"
            + " until the 95 %% interval of each named output's final mean (whatif: of the paired difference) is"
            + " within +-HALFWIDTH, e.g. front_balance=0.01")
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

    /** The plan, checked before anything runs; null without --precision. */
    ReplicationPlan plan() {
        return planned() ? ReplicationPlan.parse(precision, batch, maxReplications) : null;
    }
}
