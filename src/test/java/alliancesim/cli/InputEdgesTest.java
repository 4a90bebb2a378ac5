package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small mistakes a user makes at the command line, each answered in one line that says what to do. */
class InputEdgesTest {
    @TempDir
    Path dir;

    @Test
    void compareWithOneFolderSaysItNeedsTwoInOneLine() {
        Cli r = Cli.run("compare", "results/a");
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("compare needs two result folders or more"), r.err());
        assertFalse(r.err().contains("Usage"), r.err());
    }

    @Test
    void aMissingFolderDoesNotExist() {
        Path missing = dir.resolve("no-such-run");
        for (Cli r : java.util.List.of(Cli.run("compare", missing.toString(), dir.toString()),
                Cli.run("report", missing.toString()))) {
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains(missing + " does not exist"), r.err());
            assertFalse(r.err().contains("not a result folder"), r.err());
        }
    }

    @Test
    void aMissingScenarioIsNotALineAndGetsADidYouMean() {
        Cli r = Cli.run("run", "scenarios/baselin.yaml");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: scenarios/baselin.yaml: no such file; check the path"), r.err());
        assertFalse(r.err().contains(":1:"), r.err());
        assertTrue(r.err().contains("did you mean 'scenarios/baseline.yaml'?"), r.err());
        Cli bare = Cli.run("whatif", "china-restrain", "--set", "china.facilitation=0.1");
        assertTrue(bare.err().contains("did you mean 'scenarios/china-restrains.yaml'?"), bare.err());
        Cli far = Cli.run("run", dir.resolve("zzzzzzzz.yaml").toString());
        assertEquals(2, far.code());
        assertFalse(far.err().contains("did you mean"), "nothing shipped is close: " + far.err());
    }

    /**
     * A path in a scenario that is no path at all (a NUL in it) is the file's problem, at its line, exit 2: the
     * path's IllegalArgumentException no longer counts as invalid input by itself, so the loader says so.
     */
    @Test
    void aPathThatIsNoPathInAScenarioIsAProblemAtItsLine() throws java.io.IOException {
        Path posterior = dir.resolve("posterior.yaml");
        java.nio.file.Files.writeString(posterior, "name: x\nmonths: 3\nposterior: \"a\\0b.csv\"\n");
        Cli p = Cli.run("validate", posterior.toString());
        assertEquals(2, p.code(), p.err());
        assertTrue(p.err().contains(posterior + ":3: posterior 'a"), p.err());
        assertFalse(p.err().contains("internal error"), p.err());
        Path parent = dir.resolve("extends.yaml");
        java.nio.file.Files.writeString(parent, "name: x\nextends: \"a\\0b\"\nmonths: 3\n");
        Cli e = Cli.run("validate", parent.toString());
        assertEquals(2, e.code(), e.err());
        assertTrue(e.err().contains(parent + ":2: extends 'a"), e.err());
    }
}
