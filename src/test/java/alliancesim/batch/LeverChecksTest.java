package alliancesim.batch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.calibrate.PosteriorSimulator;
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
    /** The baseline as users run it: each replicate draws from its posterior (the lever keeps its value). */
    private final Simulator drawing = PosteriorSimulator.of(baseline, Simulator.MODEL);

    /**
     * Rows whose mean effect has the expected sign but whose 90 % interval includes 0, and why: a declared
     * gap, not a pass. A row that starts to hold, or whose mean turns the wrong way, fails the test.
     */
    private static final Map<String, String> NOT_SHOWN = Map.of(
            "munitions.capacity.prk on shells_transferred", "the current posterior cannot tell whether North Korea's"
                    + " supply or Russia's demand limits 2025's deliveries: in draws where Russia's demand binds, more"
                    + " North Korean production early fills Russia's reserve and it buys less later, so the paired"
                    + " effect over 100 replicates is +79,000 shells with a 90 % interval of -50,000 to +207,000");

    @Test
    void everyLeverMovesItsOutputsInTheExpectedDirection() {
        // As many replicates as `validity` runs for its lever table (100), so the test and docs/validity.md agree.
        List<LeverChecks.Result> results = LeverChecks.run(baseline, LeverChecks.standard(), 100, drawing);
        for (LeverChecks.Result r : results) {
            String row = r.check().lever().key() + " on " + r.check().output().key();
            if (NOT_SHOWN.containsKey(row)) {
                assertFalse(r.holds(), row + " is declared not shown but now holds: take it off the list");
                assertTrue(r.effect().meanDifference() * r.check().sign() > 0, row + ": declared not shown, yet its mean effect "
                        + "has the wrong sign: " + r.effect());
                continue;
            }
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
        for (LeverChecks.NoSwitchOff n : LeverChecks.switchOff(baseline, ranges, drawing)) {
            assertTrue(n.holds(), n.toString());
        }
    }
}
