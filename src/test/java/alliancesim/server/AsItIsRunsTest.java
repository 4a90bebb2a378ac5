package alliancesim.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import alliancesim.batch.Simulator;
import alliancesim.model.Param;
import alliancesim.model.Trajectory;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The as-it-is arm's runs are run once per seed, and only the scenario's own runs are kept. */
class AsItIsRunsTest {
    private final Scenario s = new ScenarioLoader().load(Path.of("scenarios", "baseline.yaml"));
    private final AtomicInteger runs = new AtomicInteger();
    private final Simulator counting = (p, e, n, seed) -> {
        runs.incrementAndGet();
        return Simulator.MODEL.simulate(p, e, n, seed);
    };

    @Test
    void theScenariosRunOnASeedIsRunOnceAndEqualsAFreshRun() {
        AsItIsRuns kept = new AsItIsRuns(s, counting, 10);
        Trajectory first = kept.simulate(s.parameters(), s.modelEvents(), s.months(), 42);
        Trajectory again = kept.simulate(s.withReplications(7).parameters(), s.modelEvents(), s.months(), 42);
        assertSame(first, again);
        assertEquals(1, runs.get());
        Trajectory fresh = Simulator.MODEL.simulate(s.parameters(), s.modelEvents(), s.months(), 42);
        assertEquals(java.util.Arrays.deepToString(fresh.values()), java.util.Arrays.deepToString(first.values()));
        kept.simulate(s.parameters(), s.modelEvents(), s.months(), 43);
        assertEquals(2, runs.get(), "another seed is another run");
    }

    @Test
    void otherParametersEventsOrMonthsAreRunAfreshAndNotKept() {
        AsItIsRuns kept = new AsItIsRuns(s, counting, 10);
        Scenario changed = s.withSet(Param.SANCTIONS_ENFORCEMENT, 0.9);
        kept.simulate(changed.parameters(), changed.modelEvents(), changed.months(), 42);
        kept.simulate(changed.parameters(), changed.modelEvents(), changed.months(), 42);
        kept.simulate(s.parameters(), java.util.List.of(), s.months(), 42);
        kept.simulate(s.parameters(), s.modelEvents(), s.months() - 1, 42);
        assertEquals(4, runs.get());
        assertEquals(0, kept.size());
    }

    @Test
    void atMostCapacityRunsAreKept() {
        AsItIsRuns kept = new AsItIsRuns(s, counting, 3);
        for (long seed = 0; seed < 5; seed++) {
            kept.simulate(s.parameters(), s.modelEvents(), s.months(), seed);
        }
        assertEquals(3, kept.size());
        kept.simulate(s.parameters(), s.modelEvents(), s.months(), 4);
        assertEquals(6, runs.get(), "a seed past the capacity is run again");
    }
}
