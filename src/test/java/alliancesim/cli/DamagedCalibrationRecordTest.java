package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #23, "a posterior file is validated": a calibration.yaml damaged beside a posterior.csv (cut mid-string, a
 * cutoff that is no month, a count that is a word, a list instead of the lines calibrate writes) stops `validity`
 * before it simulates anything, with exit 2 and an error naming the file, the line and the fix; no folder is made.
 */
class DamagedCalibrationRecordTest {
    @TempDir
    Path dir;

    /** A copy of the baseline whose posterior (and hindcast) is a copy of the shipped one, in {@code dir}. */
    private Path scenario() throws IOException {
        for (String which : List.of("current", "hindcast")) {
            Path to = Files.createDirectories(dir.resolve(which));
            for (String f : List.of("posterior.csv", "parameters.csv", "fit.csv", "calibration.yaml")) {
                Files.copy(Path.of("seeds/calibration", which, f), to.resolve(f));
            }
        }
        String text = Files.readString(Path.of("scenarios/baseline.yaml"))
                .replace("../seeds/calibration/current/", "current/").replace("../seeds/calibration/hindcast/", "hindcast/");
        Path s = dir.resolve("baseline.yaml");
        Files.writeString(s, text);
        return s;
    }

    private void refused(Path scenario, String record, String... expected) throws IOException {
        Path file = dir.resolve("current/calibration.yaml");
        Files.writeString(file, record);
        Path out = dir.resolve("v");
        Cli r = Cli.run("validity", scenario.toString(), "--replications", "2", "--out", out.toString());
        assertEquals(2, r.code(), record + ": " + r.out() + r.err());
        for (String e : expected) {
            assertTrue(r.err().contains(e.replace("FILE", file.toAbsolutePath().normalize().toString())),
                    record + ": " + r.err());
        }
        assertTrue(r.err().contains("restore the calibration.yaml") || r.err().contains("write the last month"),
                r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertEquals("", r.out(), "nothing ran");
        assertFalse(Files.exists(out), "no folder made");
    }

    @Test
    void aDamagedCalibrationYamlIsRefusedWithItsFileLineAndFixBeforeAnythingRuns() throws IOException {
        Path s = scenario();
        refused(s, "until: 2025-06\ncommand: \"alliance-sim calibrate\n", "FILE:2:", "not valid YAML");
        refused(s, "# made by calibrate\nuntil: [2025-06\n", "FILE:2:", "not valid YAML");
        refused(s, "command: \"x\"\nuntil: 2025-13\n", "FILE:2: until '2025-13' is not a cutoff");
        refused(s, "until: 2025-06\nsimulations: banana\n", "FILE:2: simulations is 'banana', not a whole number");
        refused(s, "until: 2025-06\nseconds: -3\n", "FILE:2: seconds is '-3', not a number of seconds");
        refused(s, "- until: 2025-06\n", "FILE:1: not the lines `name: value` calibrate writes");
        refused(s, "command: \"x\"\n", "FILE: has no line 'until:'");
    }
}
