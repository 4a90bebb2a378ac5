package alliancesim.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.files.InvalidInputException;
import alliancesim.scenario.Cutoff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedSettingsTest {
    @TempDir
    Path dir;

    @Test
    void settingsReadBackTyped() throws IOException {
        Files.writeString(dir.resolve(CalibrationFolder.SETTINGS), "{\"scenario\": \"scenarios/baseline.yaml\","
                + " \"targets\": \"seeds/targets.yaml\", \"until\": \"2024-06\", \"seed\": 12345678901, \"particles\": 300,"
                + " \"generations\": 8, \"quantile\": 0.5, \"method\": \"mcmc\", \"min_acceptance\": 0.02,"
                + " \"replications_per_particle\": 2}");
        SavedSettings s = SavedSettings.read(dir);
        assertEquals(Optional.of(Path.of("scenarios/baseline.yaml")), s.scenario());
        assertEquals(Optional.of(Cutoff.at(YearMonth.of(2024, 6))), s.cutoff());
        assertEquals(Optional.of(12345678901L), s.seed());
        assertEquals(Optional.of(300), s.particles());
        assertEquals(Optional.of(0.02), s.minAcceptance());
        assertEquals(Optional.of("mcmc"), s.method());
        assertEquals(Optional.of(2), s.replicationsPerParticle());
    }

    /** until: null is a calibration that fitted every target; no until at all is a folder that did not say. */
    @Test
    void aNullCutoffIsNoneAndAMissingOneIsUnknown() throws IOException {
        Files.writeString(dir.resolve(CalibrationFolder.SETTINGS), "{\"until\": null}");
        assertEquals(Optional.of(Cutoff.NONE), SavedSettings.read(dir).cutoff());
        Files.writeString(dir.resolve(CalibrationFolder.SETTINGS), "{}");
        assertEquals(Optional.empty(), SavedSettings.read(dir).cutoff());
    }

    @Test
    void aValueOfTheWrongKindIsRefusedNamingFileAndKey() throws IOException {
        Files.writeString(dir.resolve(CalibrationFolder.SETTINGS), "{\"particles\": \"many\"}");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SavedSettings.read(dir));
        assertTrue(e.getMessage().contains(CalibrationFolder.SETTINGS) && e.getMessage().contains("particles"),
                e.getMessage());
    }
}
