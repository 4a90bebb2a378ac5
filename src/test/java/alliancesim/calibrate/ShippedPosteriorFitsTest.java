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
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shipped baseline, drawing from its committed posterior, still reproduces every figure its cutoff
 * fits, but for the misses declared here with the structural reason the model cannot meet them. A new
 * miss fails the test; so does a declared miss that is no longer a fitted figure, or no longer a miss.
 */
class ShippedPosteriorFitsTest {
    /** Fitted figures the model's structure cannot meet, and why (see docs/validity.md). */
    private static final Map<String, String> KNOWN_MISSES = Map.of(
            "rus_growth_2024", "Russia's growth rose from 3.6 % in 2023 to 4.3 % in 2024 on war spending; the model's"
                    + " wartime rate is one number, lowered only by tight money from November 2024",
            "territory_2024_11", "the 725 km2 of November 2024 is the peak month of a surge the model's front does not"
                    + " make: its advance rises smoothly with the ratio of soldiers (about 345 km2 a month in late 2024)",
            "territory_2024_q4", "the same: the autumn 2024 surge (604 km2 a month) is beyond a front that takes about"
                    + " 345 a month then",
            "territory_2024_h1", "Russia's advance tripled from the first half of 2024 (174 km2 a month) to its last"
                    + " quarter (604); the model's force ratio rises steadily as Russia's force grows, not in a surge,"
                    + " so a fit to 2024 and 2025 together takes too much early (about 215) and too little late",
            "ukr_fire_2024_q1", "one Ukrainian firing rate and stock meets the shell famine of early 2024 (about 2,000"
                    + " a day) and the 14,600 a day of August 2024 only in part: the fit keeps August and the casualties"
                    + " and leaves early 2024 at about 41,000 a month in the mean of runs, a hair below the 42,000 of the range",
            "rus_fire_2024_03_08", "Russia's fire fell by about a third from early to mid-2024 in Syrskyi's count; the"
                    + " model's Russia fires up to its need whenever its stock allows, and its stock only grows",
            "rus_fire_2024_08_2025_03", "the same: Syrskyi puts the further fall to early 2025 down to Ukraine's strikes"
                    + " on ammunition depots, which the model does not have");

    @Test
    void theBaselineWithItsPosteriorStaysInsideEveryFitTarget() {
        Scenario baseline = new ScenarioLoader().load(Path.of("scenarios/baseline.yaml"));
        assertTrue(baseline.posterior().isPresent(), "the baseline ships with a posterior");
        List<Target> fit = CalibrationRecord.beside(baseline.posterior().get()).cutoff()
                .fitted(new TargetsLoader().load(Path.of("seeds/targets.yaml"), baseline.start(), baseline.months()));
        Simulator drawing = PosteriorSimulator.of(baseline, Simulator.MODEL);
        List<String> names = fit.stream().map(Target::name).toList();
        for (String miss : KNOWN_MISSES.keySet()) {
            assertTrue(names.contains(miss), miss + " is declared a known miss but is not a fitted figure");
        }
        var results = TargetCheck.run(baseline, fit, 100, drawing);
        List<String> nowInside = results.stream()
                .filter(r -> r.inside() && KNOWN_MISSES.containsKey(r.target().name()))
                .map(r -> r.target().name() + ": mean " + r.mean()).toList();
        assertTrue(nowInside.isEmpty(), "declared misses the baseline now meets (take them off the list): "
                + String.join("; ", nowInside));
        List<String> newMisses = results.stream()
                .filter(r -> !r.inside() && !KNOWN_MISSES.containsKey(r.target().name()))
                .map(r -> r.target().name() + ": mean " + r.mean() + " outside [" + r.low() + ", " + r.high() + "]")
                .toList();
        assertTrue(newMisses.isEmpty(), "fitted figures the baseline misses: " + String.join("; ", newMisses));
    }
}
