package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.batch.RunContext;
import alliancesim.batch.Shard;
import alliancesim.batch.Simulator;
import alliancesim.batch.SweepRunner;
import alliancesim.files.FolderLock;
import alliancesim.model.AllianceModel;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #23, "hand-edited records cannot mix results": an edited manifest or settings.json is refused on resume. */
class EditedRecordsTest {
    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The first 10 runs of a 2-replicate sweep, then a crash, as a kill leaves it. */
    private Path interrupted() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("cut"));
        FolderLock.take(folder).close();
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/sanctions-vs-deterrence.yaml")).withReplications(2)
                .withHorizon(6);
        AtomicInteger started = new AtomicInteger();
        Simulator dying = alliancesim.calibrate.PosteriorSimulator.of(s, (p, e, m, seed) -> {
            if (started.incrementAndGet() > 10) {
                throw new InternalError("killed");
            }
            return AllianceModel.simulate(p, e, m, seed);
        });
        RunContext context = new RunContext("alliance-sim sweep", GitCommit.current(), Version.current());
        assertThrows(Throwable.class, () -> new SweepRunner(1, dying, 4).run(s, folder, context, Shard.ALL, false, n -> { }));
        return folder;
    }

    private Path copy(Path from, String name) throws IOException {
        return FolderCopy.copy(from, dir.resolve(name));
    }

    private static void edit(Path json, Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(json.toFile());
        change.accept(root);
        Files.writeString(json, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    private static ObjectNode at(ObjectNode root, String... path) {
        ObjectNode n = root;
        for (String p : path) {
            n = (ObjectNode) n.get(p);
        }
        return n;
    }

    @Test
    void aResumeRefusesAManifestEditedInAnyFieldOfItsSweepNamingIt() throws IOException {
        Path cut = interrupted();
        record Edit(String name, Consumer<ObjectNode> change, String said) {
        }
        List<Edit> edits = List.of(
                new Edit("replications", m -> at(m, "scenario").put("replications", 3),
                        "replications is 3 in manifest.json, but was 2 when the sweep started"),
                new Edit("seed", m -> at(m, "scenario").put("seed", 7),
                        "seed is 7 in manifest.json, but was"),
                new Edit("months", m -> at(m, "scenario").put("months", 12),
                        "months is 12 in manifest.json, but was 6 when the sweep started"),
                new Edit("set", m -> at(m, "scenario", "set").put("sanctions.pressure.prk", 0.123),
                        "the scenario or the design in manifest.json is not the one the sweep started with"),
                new Edit("factor", m -> ((ObjectNode) at(m, "sweep").withArray("factors").get(0)).put("max", 0.5),
                        "the scenario or the design in manifest.json is not the one the sweep started with"));
        for (Edit e : edits) {
            Path folder = copy(cut, e.name());
            edit(folder.resolve("manifest.json"), e.change());
            Cli r = Cli.run("sweep", "--resume", folder.toString());
            assertEquals(2, r.code(), e.name() + ": " + r.out() + r.err());
            assertTrue(r.err().contains("manifest.json was changed since the sweep started"), e.name() + ": " + r.err());
            assertTrue(r.err().contains(e.said()), e.name() + ": " + r.err());
        }
        Cli untouched = Cli.run("sweep", "--resume", cut.toString());
        assertEquals(0, untouched.code(), untouched.err());
        Cli again = Cli.run("sweep", "--resume", cut.toString()); // the manifest a resume rewrote is still the same sweep
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("nothing to do"), again.out());
    }

    @Test
    void aResumedCalibrationRefusesASettingsFileWithMoreParticles() throws IOException {
        Path out = calibrated("cal");
        edit(out.resolve("settings.json"), s -> s.put("particles", 40));
        Cli resumed = Cli.run("calibrate", "--resume", out.toString(), "--generations", "2");
        assertEquals(2, resumed.code(), resumed.out() + resumed.err());
        assertTrue(resumed.err().contains("settings.json was changed since the calibration started (particles is 40 in"
                + " settings.json, but generation 0 was made with 20"), resumed.err());
    }

    /** A small finished calibration (20 particles, one generation) in a folder of this name. */
    private Path calibrated(String name) {
        Path out = dir.resolve(name);
        Cli r = Cli.run("calibrate", CalibrateCommandTest.SCENARIO, "--targets", CalibrateCommandTest.TARGETS,
                "--until", "2024-06", "--particles", "20", "--generations", "1", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        return out;
    }

    /** A value edited into a calibration's CSV files: `report` refuses it at its file and line, exit 2, before drawing. */
    @Test
    void aCalibrationReportRefusesAnEditedValueAtItsLine() throws IOException {
        Path out = calibrated("cal-edited");
        for (String[] edit : new String[][] {{"predictive.csv", "mean", "banana", "not a number or NA"},
                {"predictive.csv", "date", "2024-13", "not a month (YYYY-MM)"}, {"fit.csv", "month", "3.5", "not a whole number"}}) {
            Path folder = dir.resolve("edited-" + edit[0] + "-" + edit[1]);
            FolderCopy.copy(out, folder);
            Path file = folder.resolve(edit[0]);
            java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
            int column = java.util.Arrays.asList(lines.get(0).split(",", -1)).indexOf(edit[1]);
            String[] cells = lines.get(2).split(",", -1);
            cells[column] = edit[2];
            lines.set(2, String.join(",", cells));
            Files.write(file, lines);
            Cli report = Cli.run("report", folder.toString());
            assertEquals(2, report.code(), report.out() + report.err());
            assertTrue(report.err().contains(file + ":3: " + edit[1] + " is '" + edit[2] + "', " + edit[3]), report.err());
        }
    }

    /** Hand-edited settings of a calibration folder: named with the key or line, exit 2, no parser or Java text. */
    @Test
    void aResumedCalibrationRefusesSettingsItDidNotWriteNamingWhat() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("cal"));
        Path settings = folder.resolve("settings.json");
        String[][] cases = {
            {"{\"scenario\": \"scenarios/baseline.yaml\", bad", "settings.json:1:", "not the JSON alliance-sim writes"},
            {"{\"particles\": 10}", "settings.json names no scenario file", "start the calibration again"},
            {"{\"scenario\": \"scenarios/baseline.yaml\", \"particles\": \"banana\"}",
                "settings.json: particles is 'banana', not a number", "restore the file"},
            {"{\"scenario\": \"scenarios/baseline.yaml\", \"until\": \"June\"}",
                "settings.json: until is 'June', not a calendar month (YYYY-MM)", "restore the file"},
        };
        for (String[] c : cases) {
            Files.writeString(settings, c[0]);
            Cli r = Cli.run("calibrate", "--resume", folder.toString());
            assertEquals(2, r.code(), c[0] + ": " + r.out() + r.err());
            for (int i = 1; i < c.length; i++) {
                assertTrue(r.err().contains(c[i]), c[0] + ": " + r.err());
            }
            assertTrue(!r.err().contains("internal error") && !r.err().contains("Unexpected character"), r.err());
        }
    }
}
