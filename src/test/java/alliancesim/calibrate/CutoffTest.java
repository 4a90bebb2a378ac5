package alliancesim.calibrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.batch.Simulator;
import alliancesim.evidence.EvidenceRegistry;
import alliancesim.evidence.SeedTexts;
import alliancesim.files.InvalidInputException;
import alliancesim.scenario.Cutoff;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import alliancesim.scenario.Target;
import alliancesim.scenario.TargetsLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A calibration fitted to a cutoff reads no figure after it. */
class CutoffTest {
    private static final Cutoff JUNE_2024 = Cutoff.at(YearMonth.of(2024, 6));

    @TempDir
    Path dir;

    private static Calibration.Plan plan(Path targetsFile, Cutoff cutoff) {
        Scenario s = new ScenarioLoader().load(CalibrationTest.SCENARIO);
        List<Target> targets = new TargetsLoader().load(targetsFile, s.start(), s.months());
        Priors priors = Priors.of(s, EvidenceRegistry.load(SeedTexts.folder(Path.of("seeds"))));
        return new Calibration.Plan(s, targetsFile, targets, cutoff, priors,
                new AbcSettings(60, 2, 0.5, 0.01, 5, AbcSettings.Method.AUTO), 1);
    }

    @Test
    void aTargetIsFittedWhenItsLastMonthIsByTheCutoff() {
        Calibration.Plan p = plan(CalibrationTest.TARGETS, JUNE_2024);
        assertEquals(List.of("shells-by-2024-02", "shells-by-2024-06", "tie-2024-06"),
                p.fit().stream().map(Target::name).toList());
        assertEquals(List.of("rus-gdp-growth-2024", "facilitation-mean-2024"),
                p.heldOut().stream().map(Target::name).toList());
        assertEquals(5, plan(CalibrationTest.TARGETS, Cutoff.NONE).fit().size(), "no cutoff: every target fitted");
    }

    @Test
    void theDistanceReadsNoFigureAfterTheCutoffAndALaterFigureChangesNoParticle() throws IOException {
        Calibration.Plan before = plan(CalibrationTest.TARGETS, JUNE_2024);
        List<Target> read = before.distance(Simulator.MODEL).targets();
        assertFalse(read.isEmpty());
        assertTrue(read.stream().noneMatch(t -> t.lastMonth().isAfter(YearMonth.of(2024, 6))), "" + read);

        // The same targets with both later figures changed: the same particles, to the byte.
        Path changed = dir.resolve("targets.yaml");
        Files.writeString(changed, Files.readString(CalibrationTest.TARGETS).replace("value: 0.02", "value: 0.09")
                .replace("value: 0.5", "value: 0.1"));
        assertFalse(Files.readString(changed).equals(Files.readString(CalibrationTest.TARGETS)));
        Calibration.Plan after = plan(changed, JUNE_2024);
        new Calibration(2, Simulator.MODEL).run(before, dir.resolve("a"), false, CalibrationTest.CONTEXT, (p, s, l) -> { });
        new Calibration(2, Simulator.MODEL).run(after, dir.resolve("b"), false, CalibrationTest.CONTEXT, (p, s, l) -> { });
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/posterior.csv")), Files.readAllBytes(dir.resolve("b/posterior.csv")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/generations.csv")),
                Files.readAllBytes(dir.resolve("b/generations.csv")));

        // The cutoff is recorded: settings.json, the manifest and calibration.yaml; a resume refuses another.
        assertEquals("2024-06", CalibrationFolder.settings(dir.resolve("a")).get("until"));
        assertTrue(Files.readString(dir.resolve("a/manifest.json")).contains("\"until\" : \"2024-06\""));
        CalibrationRecord record = CalibrationRecord.beside(dir.resolve("a/posterior.csv"));
        assertEquals(JUNE_2024, record.cutoff());
        assertEquals(CalibrationTest.CONTEXT.command(), record.command());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Calibration(2, Simulator.MODEL)
                .run(plan(CalibrationTest.TARGETS, Cutoff.at(YearMonth.of(2024, 12))), dir.resolve("a"), true,
                        CalibrationTest.CONTEXT, (p, s, l) -> { }));
        assertTrue(e.getMessage().contains("cutoff --until 2024-06, not 2024-12"), e.getMessage());
    }

    @Test
    void aPosteriorWithoutItsCalibrationYamlIsRefusedNamingTheFile() throws IOException {
        Path posterior = dir.resolve("posterior.csv");
        Files.writeString(posterior, "weight,distance\n1,0\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CalibrationRecord.beside(posterior));
        assertTrue(e.getMessage().contains(dir.resolve("calibration.yaml").toString() + " is missing"), e.getMessage());
        Files.writeString(dir.resolve("calibration.yaml"), "until: June\n");
        e = assertThrows(InvalidInputException.class, () -> CalibrationRecord.beside(posterior));
        assertTrue(e.getMessage().contains("until 'June' is not a cutoff"), e.getMessage());
    }
}
