package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrecisionOptionsTest {
    @TempDir
    Path dir;

    @Test
    void anUnknownOutputIsRefusedBeforeAnythingRuns() {
        Path out = dir.resolve("r");
        Cli r = Cli.run("run", "scenarios/baseline.yaml", "--precision", "front=0.1", "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: --precision front=0.1: unknown output 'front'"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void runAndWhatIfSayHowManyReplicationsTheyNeeded() throws IOException {
        Path out = dir.resolve("run");
        Cli r = Cli.run("run", "scenarios/baseline.yaml", "--replications", "5", "--months", "6", "--precision",
                "front_balance=0.05", "--replication-batch", "5", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Replications: "), r.out());
        assertTrue(Files.readString(out.resolve("report.html")).contains("replications planned"));
        Path w = dir.resolve("whatif");
        Cli wi = Cli.run("whatif", "scenarios/baseline.yaml", "--set", "sanctions.secondary=0.9", "--replications", "5",
                "--precision", "front_balance=0.05", "--replication-batch", "5", "--out", w.toString());
        assertEquals(0, wi.code(), wi.err());
        assertTrue(wi.out().contains("Replications: "), wi.out());
        assertTrue(Files.readString(w.resolve("after/manifest.json")).contains("the paired difference after - before"));
    }
}
