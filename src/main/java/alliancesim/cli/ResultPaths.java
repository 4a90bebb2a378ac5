package alliancesim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** results/<name>/<UTC timestamp>, never an existing folder. */
final class ResultPaths {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private ResultPaths() {
    }

    /** root/<prefix><UTC timestamp><suffix>, e.g. results/baseline/calibrate-20261126-031200. */
    static Path timestamped(Path root, String prefix, String suffix) {
        String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
        Path p = root.resolve(prefix + stamp + suffix);
        for (int i = 2; Files.exists(p); i++) {
            p = root.resolve(prefix + stamp + "-" + i + suffix);
        }
        return p;
    }

    static Path timestamped(Path root, String name) {
        String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
        Path p = root.resolve(name).resolve(stamp);
        for (int i = 2; Files.exists(p); i++) {
            p = root.resolve(name).resolve(stamp + "-" + i);
        }
        return p;
    }
}
