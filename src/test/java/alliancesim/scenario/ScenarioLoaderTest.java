package alliancesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.files.InvalidInputException;
import alliancesim.model.ModelEvent;
import alliancesim.model.Output;
import alliancesim.model.Param;
import alliancesim.model.TiePair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {
    @TempDir
    Path dir;

    private Scenario load(Path f) {
        return new ScenarioLoader().load(f);
    }

    /** Loads a file that must fail; checks file, line and a phrase of the message. */
    private void assertProblem(Path f, int line, String phrase) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> load(f));
        String expected = f.getFileName() + ":" + line + ": ";
        assertTrue(e.getMessage().contains(expected), "wanted " + expected + " in:\n" + e.getMessage());
        assertTrue(e.getMessage().contains(phrase), "wanted '" + phrase + "' in:\n" + e.getMessage());
    }

    @Test
    void validFileLoadsWithItsValues() throws IOException {
        Path f = ScenarioFiles.write(dir, "good",
                "name: good",
                "title: A good scenario",
                "description: cites seed 001",
                "start: 2024-01",
                "months: 24",
                "replications: 5",
                "seed: 42",
                "set:",
                "  sanctions.pressure.prk: 0.9",
                "  model.deterministic: true",
                "  troops.prk_to_rus: 11000",
                "events:",
                "  - month: 4",
                "    label: deployment",
                "    set: { troops.prk_to_rus: 12000 }",
                "  - month: 2",
                "    label: summit",
                "    summit: PRK-RUS",
                "outputs: [front_balance, regional_tension]");
        Scenario s = load(f);
        assertEquals("good", s.name());
        assertEquals(YearMonth.of(2024, 1), s.start());
        assertEquals(24, s.months());
        assertEquals(5, s.replications());
        assertEquals(42L, s.seed());
        assertEquals(0.9, s.parameters().get(Param.SANCTIONS_PRESSURE_PRK));
        assertEquals(1.0, s.parameters().get(Param.MODEL_DETERMINISTIC));
        assertEquals(2, s.events().get(0).month(), "events sorted by month");
        assertEquals(List.of(TiePair.RUS_PRK), s.events().get(0).summits());
        assertEquals(12000.0, s.events().get(1).set().get(Param.TROOPS_PRK_TO_RUS));
        assertEquals(List.of(Output.FRONT_BALANCE, Output.REGIONAL_TENSION), s.outputs());
    }

    @Test
    void defaultsFillWhatIsLeftOut() throws IOException {
        Scenario s = load(ScenarioFiles.write(dir, "min", "name: min", "title: Minimal"));
        assertEquals(36, s.months());
        assertEquals(YearMonth.of(2023, 9), s.start());
        assertEquals(Output.all(), s.outputs());
    }

    @Test
    void yamlSyntaxError() throws IOException {
        assertProblem(ScenarioFiles.write(dir, "bad", "name: bad", "title: x", "set:", "  a: [1, 2", "months: 3"), 5, "YAML syntax error");
    }

    @Test
    void unknownTopLevelKeyWithSuggestion() throws IOException {
        assertProblem(ScenarioFiles.write(dir, "bad", "name: bad", "title: x", "month: 12"), 3, "did you mean 'months'");
    }

    @Test
    void unknownParameterWithSuggestion() throws IOException {
        assertProblem(ScenarioFiles.write(dir, "bad", "name: bad", "title: x", "set:", "  sanctions.presure.rus: 0.5"), 4,
                "did you mean 'sanctions.pressure.rus'");
    }

    @Test
    void valueOutOfRange() throws IOException {
        assertProblem(ScenarioFiles.write(dir, "bad", "name: bad", "title: x", "set:", "  sanctions.enforcement: 1.5"), 4,
                "use a value from 0 to 1");
    }

    @Test
    void wrongTypes() throws IOException {
        assertProblem(ScenarioFiles.write(dir, "bad1", "name: bad1", "title: x", "set:", "  sanctions.enforcement: high"), 4,
                "takes a number");
        assertProblem(ScenarioFiles.write(dir, "bad2", "name: bad2", "title: x", "set:", "  model.deterministic: 1"), 4,
                "takes true or false");
        assertProblem(ScenarioFiles.write(dir, "bad3", "name: bad3", "title: x", "set:", "  troops.prk_to_rus: 10.5"), 4,
                "takes a whole number");
        assertProblem(ScenarioFiles.write(dir, "bad4", "name: bad4", "title: x", "months: twelve"), 3, "takes a whole number");
    }

    @Test
    void unknownOutput() throws IOException {
        assertProblem(ScenarioFiles.write(dir, "bad", "name: bad", "title: x", "outputs:", "  - front_balanse"), 4,
                "did you mean 'front_balance'");
    }

    @Test
    void missingParent() throws IOException {
        assertProblem(ScenarioFiles.write(dir, "child", "name: child", "extends: nowhere", "title: x"), 2, "nowhere.yaml does not exist");
    }

    @Test
    void cyclicExtends() throws IOException {
        ScenarioFiles.write(dir, "a", "name: a", "extends: b", "title: A");
        Path b = ScenarioFiles.write(dir, "b", "name: b", "extends: a", "title: B");
        ScenarioException e = assertThrows(ScenarioException.class, () -> load(b));
        assertTrue(e.getMessage().contains("cycle"), e.getMessage());
        assertTrue(e.getMessage().contains("b.yaml -> a.yaml -> b.yaml"), e.getMessage());
    }

    @Test
    void eventOutsideTheHorizon() throws IOException {
        assertProblem(ScenarioFiles.write(dir, "bad", "name: bad", "title: x", "months: 12", "events:", "  - month: 12",
                "    label: too late"), 5, "outside the horizon of 12 months");
    }

    @Test
    void eventInheritedFromParentIsCheckedAgainstTheChildHorizon() throws IOException {
        Path parent = ScenarioFiles.write(dir, "parent", "name: parent", "title: P", "events:", "  - month: 20", "    label: late");
        Path child = ScenarioFiles.write(dir, "child", "name: child", "extends: parent", "months: 12");
        ScenarioException e = assertThrows(ScenarioException.class, () -> load(child));
        assertTrue(e.getMessage().contains(parent.getFileName() + ":4:"), e.getMessage());
    }

    @Test
    void extendsMergesSetAndAppendsEvents() throws IOException {
        ScenarioFiles.write(dir, "base", "name: base", "title: Base", "seed: 7", "set:", "  sanctions.pressure.rus: 0.5",
                "  sanctions.pressure.prk: 0.5", "events:", "  - month: 3", "    label: one");
        Scenario s = load(ScenarioFiles.write(dir, "kid", "name: kid", "extends: base", "set:", "  sanctions.pressure.prk: 0.9",
                "events:", "  - month: 1", "    label: two"));
        assertEquals("kid", s.name());
        assertEquals("Base", s.title());
        assertEquals(7L, s.seed());
        assertEquals(0.5, s.parameters().get(Param.SANCTIONS_PRESSURE_RUS));
        assertEquals(0.9, s.parameters().get(Param.SANCTIONS_PRESSURE_PRK));
        assertEquals(List.of("two", "one"), s.events().stream().map(ModelEvent::label).toList());
    }

    @Test
    void recordEndsMustLieWithinTheMonthsAndIsInherited() throws IOException {
        assertProblem(ScenarioFiles.write(dir, "late", "name: late", "title: x", "start: 2023-09", "months: 36",
                "record_ends: 2026-09"), 5, "record_ends 2026-09 is outside the scenario's months 2023-09..2026-08");
        assertProblem(ScenarioFiles.write(dir, "early", "name: early", "title: x", "start: 2023-09",
                "record_ends: 2023-08"), 4, "outside the scenario's months");
        assertProblem(ScenarioFiles.write(dir, "word", "name: word", "title: x", "record_ends: soon"), 3,
                "record_ends 'soon' is not a calendar month");
        ScenarioFiles.write(dir, "parent", "name: parent", "title: x", "start: 2023-09", "months: 36",
                "record_ends: 2026-02");
        Scenario child = load(ScenarioFiles.write(dir, "child", "name: child", "extends: parent", "title: y"));
        assertEquals(java.util.Optional.of(java.time.YearMonth.of(2026, 2)), child.recordEnds());
        // a child that stops before its parent's record ends is all record; one that starts after it is refused
        assertEquals(java.util.Optional.empty(), load(ScenarioFiles.write(dir, "short", "name: short", "extends: parent",
                "title: y", "months: 12")).recordEnds());
        Path later = ScenarioFiles.write(dir, "later", "name: later", "extends: parent", "title: y", "start: 2026-06");
        String message = assertThrows(ScenarioException.class, () -> load(later)).getMessage();
        assertTrue(message.contains("parent.yaml:5: record_ends 2026-02 is outside the scenario's months"), message);
        assertEquals(java.util.Optional.empty(), child.withHorizon(12).recordEnds(), "a run shorter than the record is all record");
    }

    @Test
    void unknownDesign() throws IOException {
        assertProblem(ScenarioFiles.write(dir, "bad", "name: bad", "title: x", "sweep:", "  design: latin", "  samples: 8",
                "  factors: { sanctions.enforcement: { min: 0, max: 1 } }"), 4, "use one of grid, random, lhs, sobol, morris");
    }

    @Test
    void sweepFactorOutsideItsParameterRange() throws IOException {
        assertProblem(ScenarioFiles.write(dir, "bad", "name: bad", "title: x", "sweep:", "  design: lhs", "  samples: 8",
                "  factors:", "    sanctions.enforcement: { min: 0, max: 2 }"), 7, "use a value from 0 to 1");
    }

    @Test
    void validSweepIsParsed() throws IOException {
        Scenario s = load(ScenarioFiles.write(dir, "sw", "name: sw", "title: x", "sweep:", "  design: grid",
                "  factors:", "    sanctions.pressure.rus: { min: 0.0, max: 1.0, levels: 5 }",
                "    deterrence.reaction_k: [0.1, 0.2, 0.3]"));
        SweepSpec sweep = s.sweep().orElseThrow();
        assertEquals(SweepSpec.Design.GRID, sweep.design());
        assertEquals(List.of(0.0, 0.25, 0.5, 0.75, 1.0), sweep.factors().get(0).gridValues());
        assertEquals(List.of(0.1, 0.2, 0.3), sweep.factors().get(1).gridValues());
    }

    @Test
    void missingTitleAndNameAreReported() throws IOException {
        assertProblem(ScenarioFiles.write(dir, "bare", "months: 12"), 1, "missing 'name:'");
        assertProblem(ScenarioFiles.write(dir, "untitled", "name: untitled"), 1, "missing 'title:'");
    }

    @Test
    void badSummitAndBadStart() throws IOException {
        assertProblem(ScenarioFiles.write(dir, "bad1", "name: bad1", "title: x", "events:", "  - month: 1", "    label: s",
                "    summit: RUS-USA"), 6, "summit takes a tie such as RUS-PRK");
        assertProblem(ScenarioFiles.write(dir, "bad2", "name: bad2", "title: x", "start: September"), 3, "YYYY-MM");
    }

    @Test
    void allProblemsOfAFileAreListed() throws IOException {
        Path f = ScenarioFiles.write(dir, "many", "name: many", "title: x", "colour: red", "set:", "  sanctions.enforcement: 3");
        ScenarioException e = assertThrows(ScenarioException.class, () -> load(f));
        assertEquals(2, e.problems().size(), e.getMessage());
    }

    @Test
    void commandLineOverridesAreChecked() throws IOException {
        Scenario s = load(ScenarioFiles.write(dir, "o", "name: o", "title: x"));
        assertEquals(0.9, Overrides.apply(s, List.of("sanctions.enforcement=0.9")).parameters().get(Param.SANCTIONS_ENFORCEMENT));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Overrides.apply(s, List.of("sanction.enforcement=0.9")));
        assertTrue(e.getMessage().contains("did you mean 'sanctions.enforcement'"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> Overrides.apply(s, List.of("sanctions.enforcement=9")));
    }

    @Test
    void everyShippedScenarioLoads() {
        for (String name : SHIPPED) {
            Path f = Path.of("scenarios", name + ".yaml");
            Scenario s = load(f);
            assertTrue(!s.title().isBlank() && s.description().contains("seed"), f + " needs a title and a description citing the seeds");
        }
    }

    /**
     * The scenarios the project ships: a half-written file a user drops into scenarios/ is theirs and must
     * not fail the build.
     */
    private static final List<String> SHIPPED = List.of("baseline", "ceasefire", "china-restrains", "munitions-surge",
            "prk-supply-halts", "sanctions-collapse", "sanctions-tightened", "sanctions-vs-deterrence", "sensitivity",
            "trilateral-hardened", "western-supply-stops", "western-surge", "where-ukraine-holds");

    @Test
    void aUsersScenarioElsewhereExtendsTheShippedBaseline(@org.junit.jupiter.api.io.TempDir Path elsewhere)
            throws IOException {
        Path mine = elsewhere.resolve("mine.yaml");
        Files.writeString(mine, "name: mine\nextends: baseline\ntitle: Mine\ndescription: my own (seed 001)\n"
                + "set: { sanctions.pressure.rus: 0.9 }\n");
        Scenario s = load(mine);
        Scenario baseline = load(Path.of("scenarios/baseline.yaml"));
        assertEquals(baseline.months(), s.months(), "the shipped baseline's horizon");
        assertEquals(baseline.events().size(), s.events().size(), "and its events");
        assertEquals(baseline.posterior().map(p -> p.toAbsolutePath().normalize()),
                s.posterior().map(p -> p.toAbsolutePath().normalize()), "its posterior, resolved beside it");
    }
}
