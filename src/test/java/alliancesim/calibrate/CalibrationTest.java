package alliancesim.calibrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.batch.RunContext;
import alliancesim.batch.Simulator;
import alliancesim.evidence.EvidenceRegistry;
import alliancesim.evidence.SeedTexts;
import alliancesim.files.InvalidInputException;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import alliancesim.scenario.Target;
import alliancesim.scenario.TargetsLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A calibration of the real model: same bytes on 1 and 2 threads, and a resumed one equals an uninterrupted one. */
class CalibrationTest {
    static final Path SCENARIO = Path.of("src/test/resources/calibrate/calibrate-example.yaml");
    static final Path TARGETS = Path.of("src/test/resources/calibrate/targets-example.yaml");
    static final RunContext CONTEXT = new RunContext("test", "none", "test");
    static final List<String> FILES = List.of("posterior.csv", "generations.csv", "fit.csv", "predictive.csv",
            "parameters.csv", "settings.json", "generations/gen-000.json", "generations/gen-003.json");

    @TempDir
    Path dir;

    static Calibration.Plan plan(int generations) {
        return plan(generations, AbcSettings.Method.AUTO);
    }

    static Calibration.Plan plan(int generations, AbcSettings.Method method) {
        Scenario s = new ScenarioLoader().load(SCENARIO);
        List<Target> targets = new TargetsLoader().load(TARGETS, s.start(), s.months());
        Priors priors = Priors.of(s, EvidenceRegistry.load(SeedTexts.folder(Path.of("seeds"))));
        return new Calibration.Plan(s, TARGETS, targets, alliancesim.scenario.Cutoff.NONE, priors, new AbcSettings(120, generations, 0.5, 0.01, 5,
                method), 1);
    }

    private static void assertSameFiles(Path a, Path b) throws IOException {
        for (String f : FILES) {
            assertEquals(Files.readString(a.resolve(f)), Files.readString(b.resolve(f)), f);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(value = AbcSettings.Method.class, names = {"IMPORTANCE", "MCMC"})
    void sameFilesOnOneAndTwoThreads(AbcSettings.Method method) throws IOException {
        new Calibration(1, Simulator.MODEL).run(plan(4, method), dir.resolve("one"), false, CONTEXT, (p, s, l) -> { });
        new Calibration(2, Simulator.MODEL).run(plan(4, method), dir.resolve("two"), false, CONTEXT, (p, s, l) -> { });
        assertSameFiles(dir.resolve("one"), dir.resolve("two"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(value = AbcSettings.Method.class, names = {"IMPORTANCE", "MCMC"})
    void resumedAfterAnInterruptionGivesTheSameFiles(AbcSettings.Method method) throws IOException {
        new Calibration(2, Simulator.MODEL).run(plan(4, method), dir.resolve("whole"), false, CONTEXT, (p, s, l) -> { });
        Path cut = dir.resolve("cut");
        RuntimeException kill = new IllegalStateException("killed");
        assertThrows(IllegalStateException.class, () -> new Calibration(2, Simulator.MODEL).run(plan(4, method), cut,
                false, CONTEXT, (p, s, l) -> {
                    if (p.generation() == 1) {
                        throw kill; // after generation 1 is committed, as a kill would leave it
                    }
                }));
        assertTrue(Files.exists(cut.resolve("generations/gen-001.json")));
        assertTrue(!Files.exists(cut.resolve("generations/gen-002.json")));
        assertThrows(InvalidInputException.class, () -> new Calibration(2, Simulator.MODEL).run(plan(4, method), cut,
                false, CONTEXT, (p, s, l) -> { }), "a fresh calibration refuses a folder that holds one");
        Files.delete(cut.resolve("posterior.csv")); // as if killed before the files derived from generation 1
        new Calibration(1, Simulator.MODEL).run(plan(4, method), cut, true, CONTEXT, (p, s, l) -> { });
        assertSameFiles(dir.resolve("whole"), cut);
    }

    @Test
    void posteriorFileReadsBackAsTheLastGeneration() {
        Calibration.Outcome o = new Calibration(2, Simulator.MODEL).run(plan(2), dir.resolve("p"), false, CONTEXT,
                (p, s, l) -> { });
        Posterior posterior = Posterior.read(dir.resolve("p/posterior.csv"));
        Population last = o.result().last();
        assertEquals(last.size(), posterior.size());
        assertEquals(plan(2).priors().params(), posterior.params());
        assertArrayEquals(last.theta()[7], new CalibrationFolder(dir.resolve("p"), List.of(), "importance").committed().get(1).theta()[7]);
    }
}
