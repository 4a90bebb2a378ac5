package alliancesim.cli;

import alliancesim.batch.ScenarioRun;
import alliancesim.files.FolderLock;
import alliancesim.files.InvalidInputException;
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
    @Option(names = "--posterior", paramLabel = "FILE", description = "draw each replicate's parameters from this"
            + " posterior.csv (made by calibrate; default: the scenario's posterior: key, if any)")
    Path posterior;

    int workers() {
        int n = threads == null ? ScenarioRun.defaultThreads() : threads;
        if (n < 1) {
            throw new InvalidInputException("--threads must be at least 1");
        }
        return n;
    }

    Scenario apply(Scenario s) {
        Scenario r = replications == null ? s : s.withReplications(replications);
        if (posterior != null) {
            if (!java.nio.file.Files.isRegularFile(posterior)) {
                throw new InvalidInputException("--posterior " + posterior + ": no such file; give the posterior.csv"
                        + " of a calibration folder");
            }
            r = r.withPosterior(posterior);
        }
        return r;
    }

    /** The model, drawing each replicate's parameters from the scenario's posterior if it has one. */
    static alliancesim.batch.Simulator simulator(Scenario s) {
        return alliancesim.calibrate.PosteriorSimulator.of(s, alliancesim.batch.Simulator.MODEL);
    }

    /** --out (new or empty, or emptied with --force), or a new results/<name><suffix>/<timestamp>; locked. */
    FolderLock claim(Scenario s, String suffix) {
        return ResultPaths.claim(out, force, s.name() + suffix);
    }
}
