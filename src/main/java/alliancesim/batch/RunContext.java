package alliancesim.batch;

/** Facts about the invocation that the manifest records: what was typed and what code ran. */
public record RunContext(String command, String gitCommit, String toolVersion) {
}
