package alliancesim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import alliancesim.scenario.Target;
import alliancesim.scenario.TargetsLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The baseline's defaults reproduce the seven figures they were set to, within their stated uncertainty. */
class BaselineFitsTargetsTest {

    @Test
    void everyFitTargetIsInsideItsUncertainty() {
        Scenario baseline = new ScenarioLoader().load(Path.of("scenarios/baseline.yaml"));
        List<Target> targets = new TargetsLoader().load(Path.of("seeds/targets.yaml"), baseline.start(), baseline.months());
        // shells by Feb and Jun 2024, missiles, Russian and Ukrainian fire, two growth rates
        List<String> seven = List.of("prk_shells_by_2024_02", "prk_shells_by_2024_06", "prk_missiles_by_2024_02",
                "rus_fire_2024_q1", "ukr_fire_2024_q1", "prk_growth_2023", "rus_growth_2023");
        List<Target> fit = targets.stream().filter(t -> seven.contains(t.name())).toList();
        assertEquals(7, fit.size(), "the seven figures are in seeds/targets.yaml");
        for (TargetCheck.Row r : TargetCheck.run(baseline, fit, 30, Simulator.MODEL)) {
            assertTrue(r.inside(), r.target().name() + ": baseline mean " + r.mean() + " outside [" + r.low() + ", "
                    + r.high() + "]");
        }
    }

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
