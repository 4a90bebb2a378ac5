package alliancesim.batch;

import java.nio.file.Path;

/** Writes a file under a temporary name and renames it into place, so a kill never leaves half a file. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    @FunctionalInterface
    public interface Body extends alliancesim.files.AtomicFiles.Body {
    }

    public static void write(Path target, Body body) {
        alliancesim.files.AtomicFiles.write(target, body);
    }
}
