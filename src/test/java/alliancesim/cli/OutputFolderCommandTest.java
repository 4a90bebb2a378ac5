package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --out writes only into a new or empty folder; --force empties only a folder alliance-sim wrote. */
class OutputFolderCommandTest {
    @TempDir
    Path dir;

    private static Cli run(Path out, String seed, String... more) {
        String[] base = {"run", "scenarios/baseline.yaml", "--replications", "2", "--months", "6", "--seed", seed,
                "--out", out.toString()};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return Cli.run(args);
    }

    @Test
    void aNonEmptyOutIsRefusedUnlessForcedAndForceReplacesTheWholeResult() throws IOException {
        Path out = dir.resolve("r");
        assertEquals(0, run(out, "1").code());
        String first = Files.readString(out.resolve("runs.csv"));
        Cli again = run(out, "2");
        assertEquals(2, again.code(), again.err());
        assertTrue(again.err().contains("--out " + out + " is not empty"), again.err());
        assertTrue(again.err().contains("--force"), again.err());
        assertEquals(first, Files.readString(out.resolve("runs.csv")), "the refused command wrote nothing");

        Files.writeString(out.resolve("charts/stale-chart.png"), "from another job");
        Cli forced = run(out, "2", "--force");
        assertEquals(0, forced.code(), forced.err());
        assertFalse(Files.exists(out.resolve("charts/stale-chart.png")), "--force empties the folder first");
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"seed\" : 2"));
    }

    @Test
    void forceNeverEmptiesAFolderAlliancesimDidNotWrite() throws IOException {
        Path project = dir.resolve("project");
        Files.createDirectories(project.resolve("src"));
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Cli r = run(project, "1", "--force");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("holds files alliance-sim did not write (pom.xml, in a folder with no manifest or lock alliance-sim wrote)"), r.err());
        assertTrue(Files.exists(project.resolve("pom.xml")));
        assertTrue(Files.isDirectory(project.resolve("src")));
        assertFalse(Files.exists(project.resolve(".alliance-sim.lock")), "the refused command left nothing behind");
    }

    @Test
    void theCurrentFolderItsParentsAndAnEmptyNameAreRefused() {
        for (String out : new String[] {"", ".", "./", "..", "src/.."}) {
            Cli r = Cli.run("run", "scenarios/baseline.yaml", "--replications", "1", "--out", out, "--force");
            assertEquals(2, r.code(), "--out '" + out + "': " + r.err());
            assertTrue(r.err().contains("--out"), r.err());
        }
        assertTrue(Files.exists(Path.of("pom.xml")), "the project is untouched");
    }

    @Test
    void compareAndMergeNeverWriteIntoTheFoldersTheyRead() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(0, run(a, "1").code());
        assertEquals(0, run(b, "2").code());
        String manifest = Files.readString(b.resolve("manifest.json"));
        Cli cmp = Cli.run("compare", a.toString(), b.toString(), "--out", b.toString(), "--force");
        assertEquals(2, cmp.code(), cmp.err());
        assertTrue(cmp.err().contains("would overwrite the compared folder " + b), cmp.err());
        assertEquals(manifest, Files.readString(b.resolve("manifest.json")));

        Path s1 = dir.resolve("s1");
        Path s2 = dir.resolve("s2");
        String grid = "scenarios/sanctions-vs-deterrence.yaml";
        assertEquals(0, Cli.run("sweep", grid, "--replications", "1", "--shard", "1/2", "--out", s1.toString()).code());
        assertEquals(0, Cli.run("sweep", grid, "--replications", "1", "--shard", "2/2", "--out", s2.toString()).code());
        String shard = Files.readString(s1.resolve("runs.csv"));
        Cli merge = Cli.run("merge", s1.toString(), s2.toString(), "--out", s1.toString(), "--force");
        assertEquals(2, merge.code(), merge.err());
        assertTrue(merge.err().contains("would overwrite the shard folder " + s1), merge.err());
        assertEquals(shard, Files.readString(s1.resolve("runs.csv")));
    }
}
