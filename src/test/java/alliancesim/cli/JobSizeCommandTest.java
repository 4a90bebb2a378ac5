package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate prints a job's size; validate, run and sweep refuse a job too big to hold or to write, before it runs. */
class JobSizeCommandTest {
    @TempDir
    Path dir;

    @Test
    void validatePrintsRunsAndOutputSize() {
        Cli v = Cli.run("validate", "scenarios/sanctions-vs-deterrence.yaml");
        assertEquals(0, v.code(), v.err());
        // 5 x 5 grid x 10 replications; a run is the scenario's 10 replications of one point.
        assertTrue(v.out().contains("    run: 1 point, 10 runs; about "), v.out());
        assertTrue(v.out().contains("    sweep: 25 design points, 250 runs; about "), v.out());
        assertTrue(v.out().contains(" of runs.csv and "), v.out());
    }

    @Test
    void aGridOfATrillionPointsIsRefusedWithoutDrawingIt() throws IOException {
        Path f = dir.resolve("huge.yaml");
        Files.writeString(f, String.join("\n", "name: huge", "title: Too big", "sweep:", "  design: grid", "  factors:",
                "    sanctions.pressure.rus: { min: 0, max: 1, levels: 10000 }",
                "    sanctions.secondary: { min: 0, max: 1, levels: 10000 }",
                "    sanctions.enforcement: { min: 0, max: 1, levels: 10000 }") + "\n");
        for (String command : new String[] {"validate", "sweep"}) {
            Cli r = command.equals("validate") ? Cli.run(command, f.toString())
                    : Cli.run(command, f.toString(), "--out", dir.resolve("out").toString());
            assertEquals(2, r.code(), command + ": " + r.out() + r.err());
            assertTrue(r.err().contains("the design has 1,000,000,000,000 points"), r.err());
            assertFalse(Files.exists(dir.resolve("out")), "nothing ran");
        }
    }

    @Test
    void aJobLargerThanTheDiskIsRefused() throws IOException {
        // 100,000 points x 1,000,000 replications: 10^11 runs, some 20 TB of runs.csv.
        Path f = dir.resolve("vast.yaml");
        Files.writeString(f, String.join("\n", "name: vast", "title: Too much output", "replications: 1000000", "sweep:",
                "  design: random", "  samples: 100000", "  factors:", "    sanctions.secondary: { min: 0, max: 1 }") + "\n");
        Cli r = Cli.run("sweep", f.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("100,000,000,000 runs would write about"), r.err());
        assertTrue(r.err().contains("free"), r.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing ran");
    }
}
