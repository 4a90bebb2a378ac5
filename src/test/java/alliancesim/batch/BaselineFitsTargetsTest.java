package alliancesim.batch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import alliancesim.scenario.Target;
import alliancesim.scenario.TargetsLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A target check tells a miss from a fit. Whether the shipped baseline fits its figures is
 * ShippedPosteriorFitsTest's question: the fit is the posterior's, not the defaults'.
 */
class BaselineFitsTargetsTest {

    @Test
    void aTargetOutsideItsUncertaintyIsReportedAsOutside() {
        Scenario baseline = new ScenarioLoader().load(Path.of("scenarios/baseline.yaml"));
        List<Target> targets = new TargetsLoader().load(Path.of("seeds/targets.yaml"), baseline.start(), baseline.months());
        // Half the North Korean stock and a slow release cannot deliver 2.7 M shells by February 2024.
        Scenario starved = baseline.withSet(alliancesim.model.Param.MUNITIONS_STOCK_PRK, 2_000_000);
        Target feb = targets.stream().filter(t -> t.name().equals("prk_shells_by_2024_02")).findFirst().orElseThrow();
        TargetCheck.Row r = TargetCheck.run(starved, List.of(feb), 10, Simulator.MODEL).get(0);
        assertTrue(!r.inside() && r.mean() < r.low(), "" + r);
    }
}
