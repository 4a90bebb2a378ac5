package alliancesim.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Scenario files written for a test: one line each, ending in a newline. */
final class ScenarioFiles {
    private ScenarioFiles() {
    }

    static Path write(Path dir, String name, String... lines) throws IOException {
        Path f = dir.resolve(name + ".yaml");
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }
}
