package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files named on the command line are read through a bounded stream (#23): a device reports size 0
 * and never ends, a FIFO blocks whoever opens it; each is refused at once, exit 2, as is a file past
 * the cap however it is named.
 */
class BoundedReadTest {
    @TempDir
    Path dir;

    private static void refused(Cli r, String what) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(what), r.err());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aDeviceIsNotReadAsAScenarioOrTargetsFile() {
        refused(Cli.run("validate", "/dev/zero"), "/dev/zero: this is not a regular file (a device or a pipe)");
        refused(Cli.run("calibrate", "scenarios/baseline.yaml", "--targets", "/dev/zero", "--particles", "10", "--out",
                dir.resolve("c").toString()), "/dev/zero: this is not a regular file (a device or a pipe)");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aFifoDoesNotHang() throws IOException, InterruptedException {
        Path fifo = dir.resolve("scenario.yaml");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor());
        refused(Cli.run("validate", fifo.toString()), fifo + ": this is not a regular file");
    }

    @Test
    void aTargetsFilePastTheCapIsRefused() throws IOException {
        Path huge = dir.resolve("targets.yaml");
        Files.writeString(huge, "# " + "x".repeat(2 << 20) + "\n");
        refused(Cli.run("calibrate", "scenarios/baseline.yaml", "--targets", huge.toString(), "--particles", "10", "--out",
                dir.resolve("c").toString()), huge + ": the file is larger than 1048576 bytes");
    }
}
