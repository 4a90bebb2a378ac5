package alliancesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrontTest {

    @Test
    void squareLawSurvivorsMatchThePublishedValue() {
        // A0 = 1000, B0 = 500, alpha = beta = 0.01: sqrt(1000^2 - 500^2) = 866.03 survivors.
        double[] end = Front.squareLaw(1000, 500, 0.01, 0.01, 2000, 2_000_000);
        assertEquals(0, end[1], 1e-9);
        assertEquals(Math.sqrt(1000.0 * 1000 - 500.0 * 500), end[0], 0.05);
        assertEquals(866.03, end[0], 0.05);
    }

    @Test
    void squareLawKeepsItsInvariantOverSmallSteps() {
        double alpha = 0.02;
        double beta = 0.01;
        double[] end = Front.squareLaw(800, 900, alpha, beta, 10, 100_000);
        double before = alpha * 800 * 800 - beta * 900 * 900;
        double after = alpha * end[0] * end[0] - beta * end[1] * end[1];
        assertEquals(before, after, Math.abs(before) * 1e-3);
    }

    @Test
    void oneMonthStepMatchesHandComputation() {
        // A = 100, B = 50, alpha = 0.1, beta = 0.2: A' = 100 - 0.2*50 = 90, B' = 50 - 0.1*100 = 40.
        double[] end = Front.squareLaw(100, 50, 0.1, 0.2, 1, 1);
        assertEquals(90, end[0], 1e-12);
        assertEquals(40, end[1], 1e-12);
    }

    @Test
    void balanceIsTheSquareLawAdvantage() {
        assertEquals(0.0, Front.balance(0.01, 100, 0.04, 50), 1e-12);
        assertEquals((0.02 * 1e4 - 0.01 * 2500) / (0.02 * 1e4 + 0.01 * 2500), Front.balance(0.02, 100, 0.01, 50), 1e-12);
        assertEquals(0.0, Front.balance(0, 0, 0, 0));
    }

    @Test
    void refillClosesAShareOfTheGap() {
        assertEquals(95, Front.refill(90, 100, 0.5), 1e-12);
        assertEquals(120, Front.refill(120, 100, 0.5), 1e-12);
    }

    @Test
    void moreNorthKoreanShellsTiltTheFrontTowardsRussia() {
        Parameters few = Models.deterministic().with(Param.MUNITIONS_PRK_EXPORT_SHARE, 0.05);
        Parameters many = Models.deterministic().with(Param.MUNITIONS_PRK_EXPORT_SHARE, 0.9);
        double low = AllianceModel.simulate(few, List.of(), 24, 1L).finalValue(Output.FRONT_BALANCE);
        double high = AllianceModel.simulate(many, List.of(), 24, 1L).finalValue(Output.FRONT_BALANCE);
        assertTrue(high > low + 0.05, high + " vs " + low);
    }

    @Test
    void firstMonthOfTheModelMatchesHandComputation() {
        Parameters p = Models.deterministic();
        AllianceModel m = Models.started(p, 1);
        Models.step(m, 1);
        // Hand computation of month 0 from the defaults, phase by phase.
        double rusStock = 250_000 * rusGdpAfterMonth0();
        double shipment = Math.min(500_000 * prkGdpAfterMonth0() * 0.8, 600_000 - rusStock) * 0.7;
        double delivered = shipment * (1 - 0.3 * 0.2);
        double fired = Math.min(rusStock + delivered, 600_000);
        double missileFire = m.agent(StateCode.RUS).missiles().fired() * 300;
        double alpha = 0.05 * Math.min(1, (fired + missileFire) / 600_000);
        double beta = 0.12 * Math.min(1, 60_000 / 180_000.0);
        double rus = 470_000 - beta * 400_000;
        double ukr = 400_000 - alpha * 470_000;
        rus = rus + 0.5 * (470_000 - rus);
        ukr = ukr + 0.4 * (400_000 - ukr);
        assertEquals(delivered, m.trajectory().get(0, Output.SHELLS_TRANSFERRED), 1e-6);
        assertEquals(fired / 600_000, m.trajectory().get(0, Output.RUS_SHELL_SUFFICIENCY), 1e-12);
        assertEquals(Front.balance(alpha, rus, beta, ukr), m.trajectory().get(0, Output.FRONT_BALANCE), 1e-12);
    }

    private static double prkGdpAfterMonth0() {
        double evasion = 0.5 * 0.6; // no Russian aid has arrived yet in month 0
        return 1 + (0.039 - 0.08 * 0.8 * (1 - evasion)) / 12;
    }

    private static double rusGdpAfterMonth0() {
        double evasion = 0.5 * 0.85;
        return 1 + (0.04 - 0.085 * 0.6 * (1 - evasion)) / 12;
    }
}
