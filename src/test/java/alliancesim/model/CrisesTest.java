package alliancesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrisesTest {

    @Test
    void tensionIsTheWeightedSum() {
        assertEquals(0.2 * 0.5 + 0.3 * 1.2 + 0.05 * 2 + 0.2 * 0.4 + 0.3 * 0.42,
                Crises.tension(0.2, 0.5, 0.3, 1.2, 0.05, 2, 0.2, 0.4, 0.3, 0.42), 1e-15);
    }

    @Test
    void climbProbabilityIsLogistic() {
        assertEquals(0.5, Crises.climbProbability(-1, 1, 1, 0, 0), 1e-15);
        assertEquals(1 / (1 + Math.exp(1.0)), Crises.climbProbability(-1, 0, 0, 2, 0), 1e-15);
        assertTrue(Crises.climbProbability(0, 1, 1, 2, 0.8) < Crises.climbProbability(0, 1, 1, 2, 0.2));
    }

    @Test
    void credibilityIsTiesTimesPostureShare() {
        assertEquals(0.8 * 0.5, Crises.credibility(0.8, 0.8, 1, 1), 1e-15);
        assertEquals(0.6 * 0.75, Crises.credibility(0.5, 0.7, 3, 1), 1e-15);
    }

    @Test
    void deterministicRunsCountCrisesAtTheirExpectedRate() {
        Trajectory t = AllianceModel.simulate(Models.deterministic().with(Param.CRISIS_RATE, 1), List.of(), 36, 3L);
        double expected = 0;
        for (double tension : t.series(Output.REGIONAL_TENSION)) {
            expected += 1 * tension;
        }
        assertEquals(expected, t.finalValue(Output.CRISES), 1e-9);
        assertTrue(t.finalValue(Output.MAX_ESCALATION) >= 1 && t.finalValue(Output.MAX_ESCALATION) <= Crises.TOP_RUNG);
    }

    @Test
    void expectedRungIsTheSumOfClimbProbabilities() {
        assertEquals(1, Crises.expectedRung(0), 0);
        assertEquals(5, Crises.expectedRung(1), 0);
        assertEquals(1 + 0.5 + 0.25 + 0.125 + 0.0625, Crises.expectedRung(0.5), 1e-15);
    }

    @Test
    void crisisCountsFollowTheirPoissonRate() {
        // With tension held near its month-0 value, crises over 36 months average sum(rate x tension).
        Parameters p = Parameters.defaults().with(Param.CRISIS_RATE, 0.5);
        double total = 0;
        double expected = 0;
        int runs = 400;
        for (long seed = 1; seed <= runs; seed++) {
            AllianceModel m = new AllianceModel(seed, p, List.of(), 36);
            Trajectory t = m.runToEnd();
            total += t.finalValue(Output.CRISES);
            for (int month = 0; month < 36; month++) {
                expected += 0.5 * t.get(month, Output.REGIONAL_TENSION);
            }
        }
        double mean = total / runs;
        double expectedMean = expected / runs;
        // Poisson: sd of the mean is sqrt(mean / runs), about 0.17 here; allow 4 sd.
        assertEquals(expectedMean, mean, 4 * Math.sqrt(expectedMean / runs));
    }

    @Test
    void credibleDeterrenceLowersEscalation() {
        Parameters weak = Parameters.defaults().with(Param.CRISIS_RATE, 1).with(Param.CRISIS_CREDIBILITY_WEIGHT, 0);
        Parameters strong = weak.with(Param.CRISIS_CREDIBILITY_WEIGHT, 8);
        assertTrue(meanMaxRung(weak) > meanMaxRung(strong) + 0.3);
    }

    private static double meanMaxRung(Parameters p) {
        double sum = 0;
        for (long seed = 1; seed <= 100; seed++) {
            sum += AllianceModel.simulate(p, List.of(), 36, seed).finalValue(Output.MAX_ESCALATION);
        }
        return sum / 100;
    }
}
