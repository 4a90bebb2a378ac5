package alliancesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DeterrenceTest {

    @Test
    void equilibriumFormulaGivesThePublishedTestValues() {
        // Richardson with k = l = 2, a = 5, b = 3, g = h = 5: (25/11, 35/11) (MODEL-SOURCES.md).
        double[] eq = Deterrence.equilibrium(2, 2, 5, 3, 5, 5);
        assertEquals(25.0 / 11, eq[0], 1e-12);
        assertEquals(35.0 / 11, eq[1], 1e-12);
    }

    @Test
    void noEquilibriumWhenReactionOutweighsFatigue() {
        assertTrue(Double.isNaN(Deterrence.equilibrium(2, 2, 1, 1, 1, 1)[0]));
    }

    /** The monthly model converges to the analytic equilibrium: rates are the test values scaled to months. */
    @ParameterizedTest
    @CsvSource({
        // k,    l,    a,    b,    g,    h
        "0.02, 0.02, 0.05, 0.03, 0.05, 0.05",   // published values / 100: x* = 25/11, y* = 35/11
        "0.05, 0.05, 0.10, 0.10, 0.05, 0.05",   // the defaults: (1, 1)
        "0.10, 0.02, 0.20, 0.05, 0.01, 0.10",
        "0.00, 0.15, 0.05, 0.20, 0.02, 0.00",
        "0.20, 0.20, 0.25, 0.30, 0.30, 0.00"})
    void modelConvergesToRichardsonEquilibrium(double k, double l, double a, double b, double g, double h) {
        Parameters p = richardson(k, l, a, b, g, h);
        Trajectory t = AllianceModel.simulate(p, List.of(), 3000, 7L);
        double[] eq = Deterrence.equilibrium(k, l, a, b, g, h);
        assertEquals(eq[0], t.finalValue(Output.TRILATERAL_POSTURE), 1e-6 * Math.max(1, eq[0]));
        assertEquals(eq[1], t.finalValue(Output.PRK_CAPABILITY), 1e-6 * Math.max(1, eq[1]));
    }

    @Test
    void runawayRaceFollowsTheHandComputedEulerSolution() {
        // k = l = 0.02, a = b = 0.01, g = h = 0.01 from (1, 1): x' = 1.01 x + 0.01, so x_t = 2 (1.01)^t - 1
        // (the monthly Euler form of the textbook runaway x(t) = 2 e^t - 1).
        Parameters p = richardson(0.02, 0.02, 0.01, 0.01, 0.01, 0.01);
        Trajectory t = AllianceModel.simulate(p, List.of(), 240, 7L);
        for (int month : new int[] {0, 10, 100, 239}) {
            double expected = 2 * Math.pow(1.01, month + 1) - 1;
            assertEquals(expected, t.get(month, Output.TRILATERAL_POSTURE), 1e-9 * expected);
            assertEquals(expected, t.get(month, Output.PRK_CAPABILITY), 1e-9 * expected);
        }
    }

    @Test
    void russianTechnologyAndBackingRaiseNorthKoreanCapability() {
        Parameters none = Models.deterministic().with(Param.DETERRENCE_TECH_GAIN, 0).with(Param.DETERRENCE_BACKING_GAIN, 0);
        double plain = AllianceModel.simulate(none, List.of(), 36, 1L).finalValue(Output.PRK_CAPABILITY);
        double withTech = AllianceModel.simulate(none.with(Param.DETERRENCE_TECH_GAIN, 0.1), List.of(), 36, 1L)
                .finalValue(Output.PRK_CAPABILITY);
        assertTrue(withTech > plain + 0.02, withTech + " vs " + plain);
        // Backing counts the tie's rise above month 0: a summit raises it.
        List<ModelEvent> summit = List.of(new ModelEvent(1, "summit", java.util.Map.of(), List.of(TiePair.RUS_PRK)));
        // Months 1-4: the tie is above its base after the summit.
        double unbacked = AllianceModel.simulate(none, summit, 36, 1L).get(4, Output.PRK_CAPABILITY);
        double backed = AllianceModel.simulate(none.with(Param.DETERRENCE_BACKING_GAIN, 0.1), summit, 36, 1L)
                .get(4, Output.PRK_CAPABILITY);
        assertTrue(backed > unbacked + 0.01, backed + " vs " + unbacked);
    }

    @Test
    void oneStepMatchesHandComputation() {
        Parameters p = richardson(0.05, 0.04, 0.1, 0.2, 0.03, 0.02)
                .with(Param.DETERRENCE_INITIAL_POSTURE, 2).with(Param.DETERRENCE_INITIAL_CAPABILITY, 0.5);
        AllianceModel m = Models.started(p, 2);
        Models.step(m, 1);
        // Reaction scales 0.8, 1.3, 0.9 (sum 3) normalised to mean 1 stay 0.8, 1.3, 0.9:
        // x_KOR' = 2 + 0.05*1.3*0.5 - 0.1*2 + 0.03 = 1.8625 ; x_USA' = 2 + 0.05*0.8*0.5 - 0.2 + 0.03 = 1.85
        // y' = 0.5 + 0.04*2 - 0.2*0.5 + 0.02 = 0.5 ; the mean posture moves as the two-state system: 1.855.
        assertEquals(1.8625, m.agent(StateCode.KOR).military(), 1e-12);
        assertEquals(1.85, m.agent(StateCode.USA).military(), 1e-12);
        assertEquals(1.855, m.trilateralPosture(), 1e-12);
        assertEquals(0.5, m.agent(StateCode.PRK).military(), 1e-12);
    }

    static Parameters richardson(double k, double l, double a, double b, double g, double h) {
        return Models.deterministic()
                .with(Param.DETERRENCE_TECH_GAIN, 0).with(Param.DETERRENCE_BACKING_GAIN, 0)
                .with(Param.DETERRENCE_REACTION_K, k).with(Param.DETERRENCE_REACTION_L, l)
                .with(Param.DETERRENCE_FATIGUE_A, a).with(Param.DETERRENCE_FATIGUE_B, b)
                .with(Param.DETERRENCE_GRIEVANCE_G, g).with(Param.DETERRENCE_GRIEVANCE_H, h);
    }
}
