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

    /** A scenario's precision: block plans as --precision does: the same replications, the same runs. */
    @Test
    void aScenarioPrecisionBlockPlansAsTheFlagDoes() throws IOException {
        String common = "name: planned\ntitle: Planned\nmonths: 6\nreplications: 5\n";
        Path withBlock = dir.resolve("with-block.yaml");
        // A half-width no 5 runs reach, so both add batches up to the cap.
        Files.writeString(withBlock, common + "precision:\n  front_balance: 0.0001\n");
        Path plain = dir.resolve("plain.yaml");
        Files.writeString(plain, common);
        Cli a = Cli.run("run", withBlock.toString(), "--replication-batch", "5", "--max-replications", "20",
                "--out", dir.resolve("a").toString());
        Cli b = Cli.run("run", plain.toString(), "--precision", "front_balance=0.0001", "--replication-batch", "5",
                "--max-replications", "20", "--out", dir.resolve("b").toString());
        assertEquals(0, a.code(), a.err());
        assertEquals(0, b.code(), b.err());
        assertTrue(a.out().contains("Replications: "), a.out());
        String runsA = Files.readString(dir.resolve("a/runs.csv"));
        assertEquals(Files.readString(dir.resolve("b/runs.csv")), runsA);
        assertTrue(runsA.lines().count() > 6, "more replications than the 5 asked: " + runsA.lines().count());
    }

    @Test
    void aBadPrecisionBlockNamesItsLine() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: bad\ntitle: Bad\nprecision:\n  front_balanse: 0.05\n  crises: -1\n");
        Cli r = Cli.run("run", bad.toString(), "--out", dir.resolve("r").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("bad.yaml:4: unknown output 'front_balanse' — did you mean 'front_balance'?"), r.err());
        assertTrue(r.err().contains("bad.yaml:5: precision of crises: the half-width must be a positive number"), r.err());
        assertFalse(Files.exists(dir.resolve("r")));
    }
}
