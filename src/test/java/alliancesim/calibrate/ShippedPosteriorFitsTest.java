package alliancesim.calibrate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.batch.Simulator;
import alliancesim.batch.TargetCheck;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import alliancesim.scenario.Target;
import alliancesim.scenario.TargetsLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped baseline, drawing from its committed posterior, still reproduces every figure its cutoff fits. */
class ShippedPosteriorFitsTest {

    @Test
    void theBaselineWithItsPosteriorStaysInsideEveryFitTarget() {
        Scenario baseline = new ScenarioLoader().load(Path.of("scenarios/baseline.yaml"));
        assertTrue(baseline.posterior().isPresent(), "the baseline ships with a posterior");
        List<Target> fit = CalibrationRecord.beside(baseline.posterior().get()).cutoff()
                .fitted(new TargetsLoader().load(Path.of("seeds/targets.yaml"), baseline.start(), baseline.months()));
        Simulator drawing = PosteriorSimulator.of(baseline, Simulator.MODEL);
        for (TargetCheck.Row r : TargetCheck.run(baseline, fit, 100, drawing)) {
            assertTrue(r.inside(), r.target().name() + ": mean " + r.mean() + " outside [" + r.low() + ", " + r.high() + "]");
        }
    }
}
