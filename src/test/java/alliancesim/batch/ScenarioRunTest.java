package alliancesim.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.model.AllianceModel;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioRunTest {
    @TempDir
    Path dir;

    private static final RunContext CONTEXT = new RunContext("test", "unknown", "dev");

    private Scenario baseline() {
        return new ScenarioLoader().load(Path.of("scenarios/baseline.yaml")).withReplications(12);
    }

    @Test
    void sameSeedGivesByteIdenticalFilesWhateverTheThreadCount() throws IOException {
        new ScenarioRun(1, Simulator.MODEL).run(baseline(), dir.resolve("one"), CONTEXT, r -> { });
        new ScenarioRun(2, Simulator.MODEL).run(baseline(), dir.resolve("two"), CONTEXT, r -> { });
        for (String f : List.of("runs.csv", "timeseries.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(f)),
                    Files.readAllBytes(dir.resolve("two").resolve(f)), f);
        }
    }

    @Test
    void differentSeedsGiveDifferentRuns() throws IOException {
        new ScenarioRun(2, Simulator.MODEL).run(baseline(), dir.resolve("a"), CONTEXT, r -> { });
        new ScenarioRun(2, Simulator.MODEL).run(baseline().withSeed(5), dir.resolve("b"), CONTEXT, r -> { });
        assertTrue(!Files.readString(dir.resolve("a/runs.csv")).equals(Files.readString(dir.resolve("b/runs.csv"))));
    }

    @Test
    void aReplicateThatThrowsIsRecordedAndTheOthersComplete() throws IOException {
        long badSeed = SeedDerivation.runSeed(baseline().seed(), 0, 3);
        Simulator flaky = (p, e, m, seed) -> {
            if (seed == badSeed) {
                throw new IllegalStateException("boom in replicate 3");
            }
            return AllianceModel.simulate(p, e, m, seed);
        };
        ScenarioRun.Outcome outcome = new ScenarioRun(2, flaky).run(baseline(), dir, CONTEXT, r -> { });
        assertEquals(1, outcome.failed());
        List<String> lines = Files.readAllLines(dir.resolve("runs.csv"));
        assertEquals(13, lines.size());
        assertTrue(lines.get(4).startsWith("0,3," + badSeed + ","), lines.get(4));
        assertTrue(lines.get(4).endsWith(",failed,IllegalStateException: boom in replicate 3"), lines.get(4));
        assertTrue(lines.get(5).endsWith(",ok,"));
        String ts = Files.readAllLines(dir.resolve("timeseries.csv")).get(1);
        assertTrue(ts.contains(",11,"), "n counts the 11 successful runs: " + ts);
        assertTrue(Files.readString(dir.resolve("manifest.json")).contains("\"failed\" : 1"));
    }

    @Test
    void timeseriesIsTidyWithCalendarDates() throws IOException {
        new ScenarioRun(2, Simulator.MODEL).run(baseline().withHorizon(12), dir, CONTEXT, r -> { });
        List<String> lines = Files.readAllLines(dir.resolve("timeseries.csv"));
        assertEquals("point,month,date,output,unit,n,mean,sd,p05,p50,p95", lines.get(0));
        assertEquals(1 + 12 * alliancesim.model.Output.all().size(), lines.size());
        assertTrue(lines.get(1).startsWith("0,0,2023-09,rus_shell_sufficiency,"), lines.get(1));
        assertTrue(lines.get(lines.size() - 1).startsWith("0,11,2024-08," + alliancesim.model.Output.all().get(alliancesim.model.Output.all().size() - 1).key() + ","));
    }
}
