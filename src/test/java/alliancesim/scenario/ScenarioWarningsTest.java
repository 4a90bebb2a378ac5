package alliancesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioWarningsTest {
    private final Scenario baseline = new ScenarioLoader().load(Path.of("scenarios/baseline.yaml"));

    @Test
    void aSetThatAnEventLaterOverridesIsNamedWithTheEventAndMonth() {
        List<String> w = Overrides.overriddenByEvents(baseline, List.of("troops.prk_to_rus=30000", "sanctions.secondary=0.5"));
        assertEquals(3, w.size(), "one warning per event that sets it (October 2024, February and May 2025): " + w);
        assertTrue(w.get(0).contains("month 13 (2024-10)") && w.get(0).contains("PRK troops to Kursk"), w.get(0));
    }

    @Test
    void aRunawayRaceIsFlaggedAndAStableOneIsNot() {
        assertTrue(RunawayRace.warning(baseline).isEmpty(), "defaults: a b = 0.01 > k l = 0.0025");
        Scenario runaway = baseline.withSet(alliancesim.model.Param.DETERRENCE_REACTION_K, 0.3)
                .withSet(alliancesim.model.Param.DETERRENCE_REACTION_L, 0.3);
        assertTrue(RunawayRace.warning(runaway).orElseThrow().contains("k x l = 0.09"));
        // exactly at the boundary a b = k l there is no stable equilibrium either
        Scenario edge = baseline.withSet(alliancesim.model.Param.DETERRENCE_REACTION_K, 0.1)
                .withSet(alliancesim.model.Param.DETERRENCE_REACTION_L, 0.1);
        assertTrue(RunawayRace.warning(edge).isPresent());
    }
}
