package alliancesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.model.Param;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that YAML or the extends chain accepted silently, each refused with its file:line and what to do. */
class ScenarioInputLimitsTest {
    @TempDir
    Path dir;

    private static String problem(Path f, int line) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioLoader().load(f));
        String expected = f.getFileName() + (line > 0 ? ":" + line : "") + ": ";
        assertTrue(e.getMessage().contains(expected), "wanted " + expected + " in:\n" + e.getMessage());
        assertFalse(e.getMessage().contains("syntax error"), e.getMessage());
        return e.getMessage();
    }

    private static void assertContains(String message, String phrase) {
        assertTrue(message.contains(phrase), "wanted '" + phrase + "' in:\n" + message);
    }

    @Test
    void octalAndHexNumbersAreRefusedWithTheDecimalMeant() throws IOException {
        // YAML 1.1 reads 012 as 8 + 2 = 10: the user wrote twelve.
        assertContains(problem(ScenarioFiles.write(dir, "octal", "name: octal", "title: t", "months: 012"), 3),
                "leading zero, which YAML 1.1 reads as octal (= 10); write 12");
        assertContains(problem(ScenarioFiles.write(dir, "hex", "name: hex", "title: t", "replications: 0x1F"), 3),
                "YAML reads it as 31");
        assertEquals(1000, new ScenarioLoader().load(ScenarioFiles.write(dir, "grouped", "name: grouped", "title: t",
                "replications: 1_000")).replications(), "digit grouping is plain decimal");
    }

    @Test
    void notANumberAndInfinityAreNamed() throws IOException {
        assertContains(problem(ScenarioFiles.write(dir, "nan", "name: nan", "title: t", "set:", "  sanctions.enforcement: .nan"), 4),
                "'.nan' is not a finite number");
        assertContains(problem(ScenarioFiles.write(dir, "inf", "name: inf", "title: t", "set:", "  sanctions.enforcement: -.inf"), 4),
                "'-.inf' is not a finite number");
        assertContains(problem(ScenarioFiles.write(dir, "huge", "name: huge", "title: t", "set:", "  sanctions.enforcement: 1e400"), 4),
                "too large");
    }

    @Test
    void aliasesAreRefusedNotReadAsTheAnchorName() throws IOException {
        Path f = ScenarioFiles.write(dir, "alias", "name: alias", "title: &a Same title", "events:", "  - month: 1", "    label: *a");
        assertContains(problem(f, 5), "'*a' is a YAML alias");
    }

    @Test
    void extendsStaysInTheScenarioFolder() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("outside.yaml"), "name: outside\ntitle: Outside\n");
        Path child = dir.resolve("sub").resolve("child.yaml");
        Files.writeString(child, "name: child\nextends: ../outside\n");
        assertContains(problem(child, 2), "reaches outside this file's folder");
        Files.writeString(child, "name: child\nextends: " + dir.resolve("outside") + "\n");
        assertContains(problem(child, 2), "reaches outside this file's folder");
    }

    @Test
    void twoEventsOfOneMonthSettingOneParameterAreRefused() throws IOException {
        String m = problem(ScenarioFiles.write(dir, "twice", "name: twice", "title: t", "events:", "  - month: 4", "    label: first",
                "    set: { sanctions.enforcement: 0.5 }", "  - month: 4", "    label: second",
                "    set: { sanctions.enforcement: 0.7 }"), 7);
        assertContains(m, "events 'first' (twice.yaml:4) and 'second' both set sanctions.enforcement at month 4");
        // A child's event of the same month changes its parent's on purpose (applied after it), as the README says.
        ScenarioFiles.write(dir, "parent", "name: parent", "title: P", "events:", "  - month: 4", "    label: first",
                "    set: { sanctions.enforcement: 0.5 }");
        Scenario kid = new ScenarioLoader().load(ScenarioFiles.write(dir, "kid", "name: kid", "extends: parent", "events:", "  - month: 4",
                "    label: second", "    set: { sanctions.enforcement: 0.7 }"));
        assertEquals("second", kid.events().get(1).label(), "the child's event comes after its parent's");
    }

    @Test
    void aSweepFactorFixedBySetOrByAnEventIsRefused() throws IOException {
        String set = problem(ScenarioFiles.write(dir, "set", "name: set", "title: t", "set:", "  sanctions.secondary: 0.4", "sweep:",
                "  design: grid", "  factors:", "    sanctions.secondary: [0.1, 0.9]"), 8);
        assertContains(set, "sweep factor sanctions.secondary is also in set: (set.yaml:4)");
        String event = problem(ScenarioFiles.write(dir, "event", "name: event", "title: t", "events:", "  - month: 1", "    label: hike",
                "    set: { sanctions.secondary: 0.4 }", "sweep:", "  design: grid", "  factors:",
                "    sanctions.secondary: [0.1, 0.9]"), 10);
        assertContains(event, "also set by event 'hike' (event.yaml:4) at month 1");
        // A parent's set: is the base that a child's sweep varies: allowed.
        ScenarioFiles.write(dir, "base", "name: base", "title: t", "set:", "  sanctions.secondary: 0.4");
        new ScenarioLoader().load(ScenarioFiles.write(dir, "varies", "name: varies", "extends: base", "sweep:", "  design: grid",
                "  factors:", "    sanctions.secondary: [0.1, 0.9]"));
    }

    @Test
    void countAndFlagFactorsTakeWholeValuesOnly() throws IOException {
        String flag = problem(ScenarioFiles.write(dir, "flag", "name: flag", "title: t", "sweep:", "  design: grid", "  factors:",
                "    model.deterministic: { min: false, max: true, levels: 5 }"), 6);
        assertContains(flag, "is a flag: use levels: 2");
        String count = problem(ScenarioFiles.write(dir, "count", "name: count", "title: t", "sweep:", "  design: grid", "  factors:",
                "    troops.prk_to_rus: { min: 0, max: 10, levels: 4 }"), 6);
        assertContains(count, "(max - min) / (levels - 1) is whole");
        // 0, 5, 10: whole levels pass.
        new ScenarioLoader().load(ScenarioFiles.write(dir, "whole", "name: whole", "title: t", "sweep:", "  design: grid", "  factors:",
                "    troops.prk_to_rus: { min: 0, max: 10, levels: 3 }"));
        assertEquals(Param.Kind.COUNT, Param.TROOPS_PRK_TO_RUS.kind());
    }

    @Test
    void sobolNeedsEnoughBaseRows() throws IOException {
        String m = problem(ScenarioFiles.write(dir, "sobol", "name: sobol", "title: t", "sweep:", "  design: sobol", "  samples: 1",
                "  factors:", "    sanctions.secondary: { min: 0, max: 1 }"), 5);
        assertContains(m, "needs samples: " + SweepParser.MIN_SOBOL_SAMPLES + " or more (got 1)");
        assertContains(m, "1/sqrt(samples)");
        new ScenarioLoader().load(ScenarioFiles.write(dir, "enough", "name: enough", "title: t", "sweep:", "  design: sobol",
                "  samples: " + SweepParser.MIN_SOBOL_SAMPLES, "  factors:", "    sanctions.secondary: { min: 0, max: 1 }"));
    }

    @Test
    void startYearAndNameLengthAreBounded() throws IOException {
        assertContains(problem(ScenarioFiles.write(dir, "far", "name: far", "title: t", "start: +999999999-06"), 3),
                "outside the years 1900 to 2200");
        String longName = "a".repeat(ScenarioLoader.MAX_NAME_LENGTH + 1);
        assertContains(problem(ScenarioFiles.write(dir, "long", "name: " + longName, "title: t"), 1), "keep it to 100");
        assertContains(problem(ScenarioFiles.write(dir, "slash", "name: a/../b", "title: t"), 1), "lower-case letters, digits and dashes");
    }

    @Test
    void aHugeFileIsRefusedBeforeParsing() throws IOException {
        Path f = dir.resolve("huge.yaml");
        Files.writeString(f, "name: huge\ntitle: \"" + "x".repeat((int) ScenarioLoader.MAX_FILE_BYTES) + "\"\n");
        assertContains(problem(f, 0), "a scenario file is at most 1048576 bytes");
    }

    @Test
    void aFileThatIsNotUtf8SaysSo() throws IOException {
        Path f = dir.resolve("latin1.yaml");
        Files.write(f, "name: latin\ntitle: Caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        String m = problem(f, 0);
        assertContains(m, "not UTF-8");
        assertFalse(m.contains("check the path"), m);
        assertContains(problem(dir.resolve("missing.yaml"), 0), "no such file; check the path");
    }
}
