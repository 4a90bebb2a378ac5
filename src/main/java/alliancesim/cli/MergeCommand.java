package alliancesim.cli;

import alliancesim.batch.SweepMerge;
import alliancesim.files.FolderLock;
import alliancesim.files.InvalidInputException;
import alliancesim.files.OutputFolder;
import alliancesim.report.SweepReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `merge DIR...`: joins the shard folders of one sweep into one result folder. */
@Command(name = "merge", description = "Join the folders of sweep shards 1/n..n/n into one result folder.")
final class MergeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "shard folders")
    List<Path> shards;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "merged result folder")
    Path out;

    @Option(names = "--force", description = "empty a non-empty --out folder first (only a folder alliance-sim wrote)")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final CommitPoints commits;

    /** Checking its lock at each commit point (how picocli's own factory makes it, e.g. for help). */
    MergeCommand() {
        this(CommitPoints.CHECKED);
    }

    MergeCommand(CommitPoints commits) {
        this.commits = commits;
    }

    @Override
    public Integer call() {
        for (Path d : shards) {
            if (OutputFolder.overlap(out, d)) {
                throw new InvalidInputException("--out " + out + " would overwrite the shard folder " + d
                        + "; give a new folder, e.g. --out results/merged");
            }
        }
        // a merge killed before it finished (or one finished) is merged again: same shards, same bytes
        boolean again = !force && SweepMerge.interrupted(out, shards);
        int rows;
        String command = Launcher.command(spec.commandLine().getParseResult().originalArgs());
        try (FolderLock lock = OutputFolder.claim(out, "--out", force || again);
             InterruptNotice notice = InterruptNotice.merge(spec.commandLine().getErr(), command)) {
            rows = SweepMerge.merge(shards, out, next -> commits.reached(lock, next));
            commits.reached(lock, "charts and report.html");
            SweepReport.write(out);
            commits.reached(lock, CommitPoints.END); // a lock deleted meanwhile may have let another writer in
        }
        spec.commandLine().getOut().printf("Merged %d shards (%d runs) into %s%s%n", shards.size(), rows, out,
                again ? " (it held an interrupted or earlier merge of these shards: merged again from them)" : "");
        return Main.OK;
    }
}
