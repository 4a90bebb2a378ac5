package alliancesim.cli;

import alliancesim.batch.ScenarioRun;
import alliancesim.files.FolderLock;
import alliancesim.scenario.Scenario;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command that runs the model shares: replications, threads and the result folder. */
final class WorkOptions {
    @Option(names = "--replications", description = "replications per point (default: the file's)")
    Integer replications;

    @Option(names = "--threads", converter = ThreadCount.class,
            description = "worker threads, 1 to 4 x the cores (default: all cores)")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "result folder, new or empty (default: results/<name>/<timestamp>)")
    Path out;

    @Option(names = "--force", description = "empty a non-empty --out folder first (only a folder alliance-sim wrote)")
    boolean force;

    int workers() {
        int n = threads == null ? ScenarioRun.defaultThreads() : threads;
        if (n < 1) {
            throw new IllegalArgumentException("--threads must be at least 1");
        }
        return n;
    }

    Scenario apply(Scenario s) {
        return replications == null ? s : s.withReplications(replications);
    }

    /** --out (new or empty, or emptied with --force), or a new results/<name><suffix>/<timestamp>; locked. */
    FolderLock claim(Scenario s, String suffix) {
        return ResultPaths.claim(out, force, s.name() + suffix);
    }
}
