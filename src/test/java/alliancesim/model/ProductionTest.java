package alliancesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProductionTest {

    @Test
    void expectedOutputIsCapacityTimesEconomyTimesTechnology() {
        assertEquals(500_000 * 0.9 * (1 + 0.05 * 2), Production.expectedOutput(500_000, 0.9, 0.05, 2), 1e-9);
        assertEquals(250_000, Production.expectedOutput(250_000, 1, 0, 7), 1e-9);
    }

    @Test
    void firstMonthMatchesHandComputation() {
        AllianceModel m = Models.started(Models.deterministic(), 2);
        Models.step(m, 1);
        // Baseline levers: both economies grow at their observed rates (no payment has arrived yet).
        double rusGdp = 1 + 0.036 / 12;
        double prkGdp = 1 - 0.002 / 12;
        assertEquals(250_000 * rusGdp, m.agent(StateCode.RUS).shells().produced(), 1e-6);
        assertEquals(150_000 * prkGdp, m.agent(StateCode.PRK).shells().produced(), 1e-6);
        assertEquals(8 * prkGdp, m.agent(StateCode.PRK).missiles().produced(), 1e-9);
        assertEquals(120_000, m.agent(StateCode.USA).shells().produced(), 1e-9);
        assertEquals(20_000, m.agent(StateCode.UKR).shells().produced(), 1e-9);
        assertEquals(0, m.agent(StateCode.CHN).shells().produced());
    }

    @Test
    void onlyTheDeliveredShareOfTheDonorsRoundsReachesUkraine() {
        AllianceModel m = Models.started(Models.deterministic().with(Param.MUNITIONS_WEST_DELIVERED_SHARE, 0.4), 2);
        Models.step(m, 1);
        assertEquals(0.4 * 120_000, m.agent(StateCode.USA).shells().produced(), 1e-9);
        assertEquals(0.4 * 120_000, m.agent(StateCode.UKR).shells().received(), 1e-9);
    }

    @Test
    void russianCapacityRampsUpAtItsAnnualRate() {
        assertEquals(250_000 * 1.15, Russia.rampedCapacity(250_000, 0.15, 12), 1e-6);
        assertEquals(250_000 * Math.sqrt(1.15), Russia.rampedCapacity(250_000, 0.15, 6), 1e-6);
        assertEquals(250_000, Russia.rampedCapacity(250_000, 0.15, 0), 0);
        assertEquals(250_000 * Russia.MAX_RAMP, Russia.rampedCapacity(250_000, 0.5, 600), 0, "bounded");
    }

    @Test
    void theMonthlyRampFollowsTheClosedForm() {
        AllianceModel m = Models.started(Models.deterministic().with(Param.ECONOMY_GROWTH_RUS, 0)
                .with(Param.ECONOMY_DRAG_RUS, 0), 13);
        Models.step(m, 13);
        // month 12 produces at 12 months of ramp; the GDP index stays 1 with no growth and no drag
        assertEquals(Russia.rampedCapacity(250_000, 0.15, 12), m.agent(StateCode.RUS).shells().produced(), 1e-6);
    }

    @Test
    void noiseHasTheStatedRelativeSpread() {
        // 2,000 first months: Russian output has mean capacity x GDP and relative sd munitions.production_noise_sd.
        Parameters p = Parameters.defaults().with(Param.ECONOMY_NOISE_SD, 0);
        double sum = 0;
        double sumSq = 0;
        int n = 2000;
        for (long seed = 1; seed <= n; seed++) {
            AllianceModel m = new AllianceModel(seed, p, java.util.List.of(), 1);
            m.start();
            m.schedule.step(m);
            double x = m.agent(StateCode.RUS).shells().produced() / (250_000 * m.agent(StateCode.RUS).gdpIndex());
            sum += x;
            sumSq += x * x;
        }
        double mean = sum / n;
        double sd = Math.sqrt(sumSq / n - mean * mean);
        assertEquals(1.0, mean, 4 * 0.1 / Math.sqrt(n));
        assertTrue(Math.abs(sd - 0.1) < 0.01, "sd " + sd);
    }
}
