package alliancesim.cli;

import alliancesim.files.FolderLock;
import alliancesim.files.OutputFolder;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** The folder a command writes: --out, or results/<name>/<UTC timestamp>, never an existing folder. */
final class ResultPaths {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private ResultPaths() {
    }

    /** --out if given (new or empty, or emptied with --force), else a new timestamped folder; locked. */
    static FolderLock claim(Path out, boolean force, String name) {
        if (out != null) {
            return OutputFolder.claim(out, "--out", force);
        }
        return OutputFolder.createNew(Path.of("results").resolve(name), ZonedDateTime.now(ZoneOffset.UTC).format(STAMP));
    }
}
