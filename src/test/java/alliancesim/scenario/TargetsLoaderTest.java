package alliancesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.model.Output;
import alliancesim.model.Param;
import alliancesim.model.Trajectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The targets file: what each statistic computes (by hand), and every kind of bad entry refused with file:line. */
class TargetsLoaderTest {
    private static final YearMonth START = YearMonth.of(2023, 9);

    @TempDir
    Path dir;

    private Path write(String... lines) throws IOException {
        Path f = dir.resolve("targets.yaml");
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }

    private static String[] target(String... fields) {
        String[] lines = new String[fields.length + 1];
        lines[0] = "  - name: t";
        for (int i = 0; i < fields.length; i++) {
            lines[i + 1] = "    " + fields[i];
        }
        return lines;
    }

    private Path one(String... fields) throws IOException {
        String[] t = target(fields);
        String[] lines = new String[t.length + 1];
        lines[0] = "targets:";
        System.arraycopy(t, 0, lines, 1, t.length);
        return write(lines);
    }

    private void assertProblem(Path f, int line, String phrase) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> new TargetsLoader().load(f, START, 12));
        String expected = f.getFileName() + ":" + line + ": ";
        assertTrue(e.getMessage().contains(expected), "wanted " + expected + " in:\n" + e.getMessage());
        assertTrue(e.getMessage().contains(phrase), "wanted '" + phrase + "' in:\n" + e.getMessage());
    }

    /** A trajectory whose shells_transferred in month m is m + 1 and rus_gdp_index is 1.01^m. */
    private static Trajectory ramp(int months) {
        double[][] v = new double[months][Output.all().size()];
        for (int m = 0; m < months; m++) {
            v[m][Output.SHELLS_TRANSFERRED.ordinal()] = m + 1;
            v[m][Output.RUS_GDP_INDEX.ordinal()] = Math.pow(1.01, m);
        }
        return new Trajectory(v);
    }

    @Test
    void eachStatisticComputesWhatTheReadmeSays() {
        List<Target> targets = new TargetsLoader().load(Path.of("src/test/resources/calibrate/targets-example.yaml"),
                START, 18);
        assertEquals(5, targets.size());
        Trajectory t = ramp(18);
        Target cumulative = targets.get(0); // 2023-09..2024-02 = months 0..5: 1 + 2 + ... + 6
        assertEquals(0, cumulative.from());
        assertEquals(5, cumulative.to());
        assertEquals(21, cumulative.compute(t), 0);
        Target interval = targets.get(1); // interval [4e6, 6e6]: centre 5e6, sd 1e6 / 1.645
        assertEquals(5_000_000, interval.centre(), 0);
        assertEquals(1_000_000 / 1.6448536269514722, interval.sd(), 1e-6);
        Target growth = targets.get(2); // 2024-01..2024-12 = months 4..15: Dec 2024 over Dec 2023 = 1.01^12 - 1
        assertEquals(Target.Statistic.GROWTH, growth.statistic());
        assertEquals(Math.pow(1.01, 12) - 1, growth.compute(t), 1e-12);
        Target value = targets.get(3); // 2024-06 = month 9
        assertEquals(9, value.to());
        assertEquals(YearMonth.of(2024, 6), value.lastMonth());
        Target mean = new Target("m", Output.SHELLS_TRANSFERRED, Target.Statistic.MEAN, START, START, 2, 4, 0, 1,
                Double.NaN, Double.NaN, "s", "", null, 1);
        assertEquals((3 + 4 + 5) / 3.0, mean.compute(t), 1e-12);
    }

    @Test
    void unknownOutputIsRefusedAtItsLine() throws IOException {
        assertProblem(one("output: shells_transfered", "at: 2024-01", "statistic: value", "value: 1", "sd: 1",
                "source: x"), 3, "did you mean 'shells_transferred'");
    }

    @Test
    void dateOutsideTheHorizonIsRefused() throws IOException {
        assertProblem(one("output: front_balance", "at: 2025-01", "statistic: value", "value: 1", "sd: 1",
                "source: x"), 4, "outside the scenario's horizon 2023-09..2024-08");
        assertProblem(one("output: front_balance", "at: 2023-08", "statistic: value", "value: 1", "sd: 1",
                "source: x"), 4, "outside the scenario's horizon");
    }

    @Test
    void growthFromTheStartMonthIsRefused() throws IOException {
        assertProblem(one("output: rus_gdp_index", "from: 2023-09", "to: 2024-02", "statistic: growth", "value: 1",
                "sd: 1", "source: x"), 4, "is before the scenario starts");
    }

    @Test
    void missingAndWrongFieldsAreRefused() throws IOException {
        assertProblem(one("output: front_balance", "at: 2024-01", "statistic: value", "value: 1", "source: x"), 2, "add 'sd: ..' or 'interval: [lo, hi]'");
        assertProblem(one("output: front_balance", "at: 2024-01", "statistic: value", "value: 1", "sd: 1"), 2, "target without 'source:'");
        assertProblem(one("output: front_balance", "at: 2024-01", "statistic: total", "value: 1", "sd: 1",
                "source: x"), 5, "unknown statistic 'total'");
        assertProblem(one("output: front_balance", "from: 2024-01", "to: 2024-03", "statistic: value", "value: 1",
                "sd: 1", "source: x"), 2, "statistic value takes one month");
        assertProblem(one("output: front_balance", "at: 2024-01", "statistic: value", "value: 1", "interval: [2, 1]",
                "source: x"), 7, "lo < hi");
    }

    @Test
    void aUseKeyOfTheOlderFormatIsRefusedWithTheFix() throws IOException {
        Path f = one("output: front_balance", "at: 2024-01", "statistic: value", "value: 1", "sd: 1", "source: x",
                "use: fit");
        assertProblem(f, 9, "remove use:; the cutoff of calibrate --until decides");
    }

    @Test
    void calibrateBlockIsCheckedAgainstTheRegistry() throws IOException {
        Path f = dir.resolve("cal.yaml");
        Files.writeString(f, String.join("\n", "name: cal", "title: t", "calibrate:",
                "  ties.decay: { min: 0.01, max: 0.9 }", "  ties.decai: { min: 0, max: 0.1 }",
                "  munitions.prk_export_share: { min: 0.2, max: 1 }") + "\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioLoader().load(f));
        assertTrue(e.getMessage().contains("cal.yaml:4: ties.decay = 0.9 is out of range"), e.getMessage());
        assertTrue(e.getMessage().contains("cal.yaml:5: unknown parameter 'ties.decai'"), e.getMessage());
        Files.writeString(f, String.join("\n", "name: cal", "title: t", "calibrate:",
                "  munitions.prk_export_share: { min: 0.2, max: 1 }", "  ties.decay: { min: 0.01, max: 0.2 }") + "\n");
        Scenario s = new ScenarioLoader().load(f);
        assertEquals(List.of(new ParameterRange(Param.MUNITIONS_PRK_EXPORT_SHARE, 0.2, 1),
                new ParameterRange(Param.TIES_DECAY, 0.01, 0.2)), s.calibrate());
    }

    @Test
    void aSeenNoteIsReadAndATargetWithoutOneHasNone() throws IOException {
        Target seen = new TargetsLoader().load(one("output: shells_transferred", "at: 2024-01", "statistic: value",
                "value: 1", "sd: 1", "source: \"s\"", "seen: \"a cap chosen after its miss\""), START, 12).get(0);
        assertEquals("a cap chosen after its miss", seen.seen());
        Target clean = new TargetsLoader().load(one("output: shells_transferred", "at: 2024-01", "statistic: value",
                "value: 1", "sd: 1", "source: \"s\""), START, 12).get(0);
        assertEquals("", clean.seen());
    }
}
