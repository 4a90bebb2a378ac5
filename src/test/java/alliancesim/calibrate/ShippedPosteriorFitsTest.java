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
 * miss fails the test; so does a declared miss that is no longer a fitted figure.
 */
class ShippedPosteriorFitsTest {
    /** Fitted figures the model's structure cannot meet, and why (see docs/validity.md). */
    private static final Map<String, String> KNOWN_MISSES = Map.of(
            "rus_growth_2024", "Russia's growth rose from 3.6 % in 2023 to 4.3 % in 2024 on war spending; the model's"
                    + " wartime rate is one number, lowered only by tight money from November 2024",
            "territory_2024_11", "the 725 km2 of November 2024 is the peak month of a surge the model's front does not"
                    + " make: its advance rises smoothly with the ratio of soldiers (about 315 km2 a month in late 2024)",
            "territory_2024_q4", "the same: the autumn 2024 surge (604 km2 a month) is beyond a front that takes about"
                    + " 315 a month then",
            "territory_2024_h1", "Russia's advance tripled from the first half of 2024 (174 km2 a month) to its last"
                    + " quarter (604); the model's force ratio rises steadily as Russia's force grows, not in a surge,"
                    + " so a fit to 2024 and 2025 together takes too much early (about 215) and too little late",
            "territory_2024", "the same surge again, over the year: without it the model's 2024 averages about 255 km2"
                    + " a month against 265-400",
            "ukr_fire_2024_q1", "one Ukrainian firing rate and stock meets the shell famine of early 2024 (about 2,000"
                    + " a day) and the 14,600 a day of August 2024 only in part: the fit keeps August and the casualties"
                    + " and leaves early 2024 at about 41,000 a month, a hair below the 42,000 of the range",
            "rus_growth_2025_h1", "Russia's growth fell from 4.3 % in 2024 to about 1 % in 2025; one wartime rate less a"
                    + " tight-money drag from November 2024 cannot make both years (see rus_growth_2024): 2025 comes"
                    + " out at about 2 %, a hair above the figure's range",
            "ukr_casualties_2024_12_2025_01", "the fit keeps Ukrainian casualties at about 28,000 a month, more than"
                    + " twice Kyiv's count of 11,500 and above its range (8,000-23,000), for reasons not yet settled:"
                    + " freeing Russia's shell lethality, taking Ukraine's force out of the ratio of soldiers, an advance"
                    + " that follows the ratio of combat power, and a longer calibration (tolerance 1.44) all left them"
                    + " at 27,000-30,000, and so did a variant where Russia's direct fire touched nothing else: the"
                    + " calibration's tolerance (root-mean-square 1.7 over 37 figures) lets one figure sit 2.5 sd off");

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
        List<String> newMisses = TargetCheck.run(baseline, fit, 100, drawing).stream()
                .filter(r -> !r.inside() && !KNOWN_MISSES.containsKey(r.target().name()))
                .map(r -> r.target().name() + ": mean " + r.mean() + " outside [" + r.low() + ", " + r.high() + "]")
                .toList();
        assertTrue(newMisses.isEmpty(), "fitted figures the baseline misses: " + String.join("; ", newMisses));
    }
}
