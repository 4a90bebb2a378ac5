package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuiCommandTest {
    @TempDir
    Path dir;

    @Test
    void anotherScenarioOpensInANewWindowOfTheSameJavaAndClassPath() {
        List<String> command = GuiCommand.relaunchCommand(Path.of("scenarios/china-restrains.yaml"));
        assertTrue(command.get(0).startsWith(System.getProperty("java.home")), command.toString());
        assertEquals(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "gui"),
                command.subList(1, 5));
        assertEquals(Path.of("scenarios/china-restrains.yaml").toAbsolutePath().toString(), command.get(5));
    }

    /**
     * The window runs replicate 1 as `run` does (its seed, and its posterior draw of the calibrated
     * parameters): played to the end, as the Console plays it (setSeed, then start), every output's final
     * value equals replicate 1's in the run command's runs.csv (8 significant digits).
     */
    @Test
    void theWindowRunsReplicateOneOfTheRunCommandWithItsPosteriorDraw() throws Exception {
        Path out = dir.resolve("run");
        assertEquals(0, Cli.run("run", "scenarios/baseline.yaml", "--replications", "2", "--out", out.toString()).code());
        java.util.List<String> csv = Files.readAllLines(out.resolve("runs.csv"));
        java.util.List<String> header = java.util.Arrays.asList(csv.get(0).split(","));
        String[] first = csv.get(1).split(",");
        assertEquals("0", first[header.indexOf("replicate")]);

        alliancesim.scenario.Scenario s = new alliancesim.scenario.ScenarioLoader().load(Path.of("scenarios/baseline.yaml"));
        assertTrue(s.posterior().isPresent(), "the baseline draws from a posterior: the case this checks");
        GuiCommand.WindowRun run = GuiCommand.windowRun(s, 1);
        assertEquals(Long.parseLong(first[header.indexOf("seed")]), run.seed());
        assertTrue(!run.parameters().equals(s.parameters()), "the draw changed the scenario's parameters");
        alliancesim.model.AllianceModel model = new alliancesim.model.AllianceModel(run.seed(), run.parameters(),
                s.modelEvents(), s.months());
        model.setSeed(model.seed()); // what the Console does before each start
        alliancesim.model.Trajectory t = model.runToEnd();
        int compared = 0;
        for (alliancesim.model.Output o : alliancesim.model.Output.all()) {
            int column = header.indexOf(o.key());
            double expected = Double.parseDouble(first[column]);
            assertEquals(expected, t.finalValue(o), Math.abs(expected) * 1e-7, o.key());
            compared++;
        }
        assertTrue(compared >= 14, "every output");
        assertTrue(run.about().contains("replicate 1 of the 30") && run.about().contains("particle "), run.about());
        assertTrue(run.about().contains("seeds/calibration/current/posterior.csv"), "the posterior, by its path in the project");
        assertTrue(!run.about().contains(Path.of("").toAbsolutePath().toString()), "no machine path: " + run.about());
    }

    @Test
    void aReplicateTheScenarioDoesNotHaveIsRefusedBeforeAWindowOpens() {
        Cli c = Cli.run("gui", "scenarios/baseline.yaml", "--replicate", "31");
        assertEquals(Main.INVALID_INPUT, c.code());
        assertTrue(c.err().contains("--replicate 31") && c.err().contains("1 to 30"), c.err());
    }

    @Test
    void aBadScenarioIsRefusedWithItsLineAndTheWindowStays() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: bad\nmonths: 0\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GuiCommand.reopen(bad));
        assertTrue(e.getMessage().contains("bad.yaml:2"), e.getMessage());
    }
}
