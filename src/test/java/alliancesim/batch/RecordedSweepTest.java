package alliancesim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A resumed sweep runs what its manifest recorded: every field of the scenario comes back from it. */
class RecordedSweepTest {
    /** Fields a sweep does not use, so its manifest need not carry them. */
    private static final Set<String> NOT_RECORDED = Set.of("calibrate", "precision");

    @TempDir
    Path dir;

    @Test
    void theManifestGivesBackEveryFieldOfTheScenario() throws Exception {
        // The sensitivity sweep: a posterior (from baseline), `timeseries: outputs`, events, set values, outputs.
        Scenario loaded = new ScenarioLoader().load(Path.of("scenarios", "sensitivity.yaml")).withReplications(1);
        Scenario small = loaded.withHorizon(12); // keeps the events of the first year
        Path folder = dir.resolve("s");
        new SweepRunner(2, Simulator.MODEL, 64).run(small, folder, new RunContext("test", "x", "0", Map.of()),
                Shard.ALL, false, n -> { });
        Scenario recorded = RecordedSweep.read(folder).scenario();
        int compared = 0;
        for (RecordComponent c : Scenario.class.getRecordComponents()) {
            if (NOT_RECORDED.contains(c.getName())) {
                continue;
            }
            Object want = c.getAccessor().invoke(small);
            Object got = c.getAccessor().invoke(recorded);
            if (want instanceof Path p) {
                want = p.toAbsolutePath().normalize();
                got = ((Path) got).toAbsolutePath().normalize();
            }
            if (want instanceof java.util.Optional<?> o && o.isPresent() && o.get() instanceof Path p) {
                want = java.util.Optional.of(p.toAbsolutePath().normalize());
                got = ((java.util.Optional<?>) got).map(x -> ((Path) x).toAbsolutePath().normalize());
            }
            assertEquals(want, got, "the manifest does not give back the scenario's " + c.getName());
            compared++;
        }
        assertTrue(small.posterior().isPresent() && small.sweep().orElseThrow().timeseriesOfScenarioOutputs(),
                "the test scenario exercises the posterior and the timeseries flag");
        assertEquals(Scenario.class.getRecordComponents().length - NOT_RECORDED.size(), compared);
    }
}
