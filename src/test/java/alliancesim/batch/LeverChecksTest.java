package alliancesim.batch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.evidence.EvidenceRegistry;
import alliancesim.evidence.SeedTexts;
import alliancesim.model.Param;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every lever moves the outputs it acts on in the direction written down, with its reason, beforehand. */
class LeverChecksTest {
    private final Scenario baseline = new ScenarioLoader().load(Path.of("scenarios/baseline.yaml"));

    @Test
    void everyLeverMovesItsOutputsInTheExpectedDirection() {
        // As many replicates as `validity` runs for its lever table (100), so the test and docs/validity.md agree.
        List<LeverChecks.Result> results = LeverChecks.run(baseline, LeverChecks.standard(), 100);
        for (LeverChecks.Result r : results) {
            assertTrue(r.holds(), r.check().lever().key() + " " + r.check().from() + " -> " + r.check().to() + " on "
                    + r.check().output().key() + ": " + r.effect());
        }
    }

    @Test
    void noLeverAtTheEndsOfItsSweepRangeSwitchesDeliveriesOff() {
        EvidenceRegistry evidence = EvidenceRegistry.load(SeedTexts.folder(Path.of("seeds")));
        Map<Param, double[]> ranges = LeverChecks.switchOffRanges(evidence);
        assertFalse(ranges.containsKey(Param.MUNITIONS_PRK_EXPORT_SHARE), "the export share is the flow's own decision");
        assertTrue(ranges.containsKey(Param.SANCTIONS_ENFORCEMENT) && ranges.containsKey(Param.MUNITIONS_CAPACITY_WEST));
        for (LeverChecks.NoSwitchOff n : LeverChecks.switchOff(baseline, ranges)) {
            assertTrue(n.holds(), n.toString());
        }
    }
}
