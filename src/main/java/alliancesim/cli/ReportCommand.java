package alliancesim.cli;

import alliancesim.files.FolderLock;
import alliancesim.files.InvalidInputException;
import alliancesim.report.Rebuild;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** `report DIR` and `chart DIR`: rebuild a result folder's report and charts from its CSV files. */
@Command(name = "report", aliases = "chart",
        description = "Rebuild a result folder's charts and report.html from its saved files (alias: chart).")
final class ReportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "a folder made by run, whatif, sweep, calibrate or compare")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final CommitPoints commits;

    /** Checking its lock at each commit point (how picocli's own factory makes it, e.g. for help). */
    ReportCommand() {
        this(CommitPoints.CHECKED);
    }

    ReportCommand(CommitPoints commits) {
        this.commits = commits;
    }

    @Override
    public Integer call() {
        String kind;
        try (FolderLock lock = FolderLock.take(existing(dir))) {
            // a report only of what the folder committed, intact
            alliancesim.batch.FolderCheck.readable(dir).forEach(n -> spec.commandLine().getErr().println("note: " + n));
            if (java.nio.file.Files.exists(dir.resolve(alliancesim.calibrate.CalibrationFolder.POSTERIOR))) {
                alliancesim.calibrate.Posterior.read(dir.resolve(alliancesim.calibrate.CalibrationFolder.POSTERIOR));
            }
            commits.reached(lock, "charts and report.html"); // the checks above read every row of a big folder
            kind = Rebuild.all(dir);
            commits.reached(lock, CommitPoints.END); // a lock deleted meanwhile may have let another writer in
        }
        spec.commandLine().getOut().printf("Rebuilt the charts and report.html of %s folder %s%n", kind, dir);
        return Main.OK;
    }

    private static Path existing(Path dir) {
        if (!java.nio.file.Files.exists(dir)) {
            throw new InvalidInputException(dir + " does not exist; check the path (result folders are under results/)");
        }
        if (!java.nio.file.Files.isDirectory(dir)) {
            throw new InvalidInputException(dir + " is not a folder; give a result folder made by run, sweep, whatif or compare");
        }
        return dir;
    }
}
