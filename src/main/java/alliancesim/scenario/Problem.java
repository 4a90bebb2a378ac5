package alliancesim.scenario;

import java.nio.file.Path;

/** One thing wrong with a scenario file: where, and what to do about it; line 0 for the file as a whole. */
public record Problem(Path file, int line, String message) {
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
