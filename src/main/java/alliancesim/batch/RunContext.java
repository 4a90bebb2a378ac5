package alliancesim.batch;

import java.util.Map;

/**
 * Facts about the invocation that the manifest records: what was typed, what code ran, and the
 * provenance of each parameter (name -> one line), so a report can show it without the seeds.
 */
public record RunContext(String command, String gitCommit, String toolVersion, Map<String, String> provenance) {
    public RunContext {
        provenance = Map.copyOf(provenance);
    }

    public RunContext(String command, String gitCommit, String toolVersion) {
        this(command, gitCommit, toolVersion, Map.of());
    }
}
