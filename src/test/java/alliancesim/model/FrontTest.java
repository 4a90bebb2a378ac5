package alliancesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrontTest {

    /** Fire has no effect and nobody is recruited: only the soldiers' linear-law terms act. */
    private static Parameters soldiersOnly(double rus, double ukr, double directRus, double directUkr) {
        return Models.deterministic()
                .with(Param.FRONT_LETHALITY_RUS, 0).with(Param.FRONT_LETHALITY_UKR, 0)
                .with(Param.FRONT_RECRUITMENT_RUS, 0).with(Param.FRONT_RECRUITMENT_UKR, 0)
                .with(Param.FRONT_ATTACK_EXPOSURE_RUS, 1)
                .with(Param.FRONT_MANPOWER_RUS, rus).with(Param.FRONT_MANPOWER_UKR, ukr)
                .with(Param.FRONT_DIRECT_FIRE_RUS, directRus).with(Param.FRONT_DIRECT_FIRE_UKR, directUkr);
    }

    @Test
    void linearLawSurvivorsMatchTheClosedForm() {
        // dB/dt = -alpha A B, dA/dt = -beta A B with alpha = 0.2 / B0 and beta = 0.2 / A0 (A0 = 200k, B0 = 100k):
        // alpha A - beta B is invariant, so A ends at A0 - (beta / alpha) B0 = 200k - 0.5 x 100k = 150,000
        // (the textbook survivors A0 - (beta/alpha) B0; with A0 = 1000, B0 = 500, alpha = beta it is 500).
        AllianceModel m = Models.started(soldiersOnly(200_000, 100_000, 0.2, 0.2), 400);
        Models.step(m, 400);
        assertEquals(150_000, m.agent(StateCode.RUS).manpower(), 1e-3);
        assertEquals(0, m.agent(StateCode.UKR).manpower(), 1e-3);
    }

    @Test
    void theMonthlyStepKeepsTheLinearLawInvariantExactly() {
        double alpha = 0.1 / 300_000;
        double beta = 0.05 / 400_000;
        AllianceModel m = Models.started(soldiersOnly(400_000, 300_000, 0.1, 0.05), 24);
        double before = alpha * 400_000 - beta * 300_000;
        for (int month = 0; month < 24; month++) {
            Models.step(m, 1);
            double now = alpha * m.agent(StateCode.RUS).manpower() - beta * m.agent(StateCode.UKR).manpower();
            assertEquals(before, now, 1e-12);
        }
    }

    @Test
    void powerLossesAndBalanceMatchHandComputation() {
        assertEquals(0.03 * 300_000 + 0.025 * 470_000, Front.power(0.03, 300_000, 0.025, 470_000), 1e-9);
        // Losses are the enemy's power times the target's density (soldiers / month-0 soldiers), times exposure.
        assertEquals(1.8 * 20_000 * 0.9, Front.losses(20_000, 1.8, 450_000, 500_000), 1e-9);
        assertEquals(100, Front.losses(1e9, 1, 100, 500_000), 0, "never more than the force");
        assertEquals((3.0 - 1.0) / 4.0, Front.balance(3, 1), 1e-15);
        assertEquals(0.0, Front.balance(0, 0));
    }

    @Test
    void territoryIsTheAttackersLossesOverTheCasualtiesPerKm2TimesThePowerRatioToTheElasticity() {
        // 40,000 casualties at 100 a km2 and parity: 400 km2; twice the power at e = 1.5: 400 x 2^1.5.
        assertEquals(400, Front.territory(40_000, 100, 5, 5, 1.5), 1e-9);
        assertEquals(400 * Math.pow(2, 1.5), Front.territory(40_000, 100, 10, 5, 1.5), 1e-9);
        assertEquals(400 * Math.pow(Front.MAX_RATIO, 2), Front.territory(40_000, 100, 1, 0, 2), 1e-9, "capped ratio");
        assertEquals(0, Front.territory(0, 100, 10, 5, 1.5), "no attack, no ground");
        // A stronger defender (e >= 1) never gives up more: losses grow as P_ukr, R^e falls at least as fast.
        double weak = Front.territory(1.8 * 10, 100, 20, 10, 1.2);
        double strong = Front.territory(1.8 * 15, 100, 20, 15, 1.2);
        assertTrue(strong < weak, strong + " km2 against a stronger defender, " + weak + " against a weaker");
    }

    @Test
    void aCeasefireStopsFireLossesAndTerritory() {
        Parameters p = Models.deterministic().with(Param.FRONT_CEASEFIRE, 1);
        Trajectory t = AllianceModel.simulate(p, List.of(), 12, 1L);
        for (Output o : List.of(Output.RUS_SHELLS_FIRED, Output.UKR_SHELLS_FIRED, Output.RUS_CASUALTIES,
                Output.UKR_CASUALTIES, Output.TERRITORY_CHANGE, Output.FRONT_BALANCE)) {
            for (double v : t.series(o)) {
                assertEquals(0, v, o.key());
            }
        }
        // Russia still buys towards the stock it wants, and buys less each month as the stock fills.
        double[] shells = t.series(Output.SHELLS_TRANSFERRED);
        assertTrue(shells[11] < shells[2], "deliveries fall without fire: " + shells[2] + " -> " + shells[11]);
    }

    @Test
    void firstMonthOfTheFrontMatchesHandComputation() {
        AllianceModel m = Models.started(Models.deterministic(), 1);
        Models.step(m, 1);
        StateAgent rus = m.agent(StateCode.RUS);
        // Russia holds 1M + its production + 470k delivered and fires a sixth of it (rationing below 6 months
        // of fire); Ukraine holds 100k + 20k + 120k = 240k and fires its rate, 180k.
        double rusFired = (1e6 + 250_000 * (1 + 0.036 / 12) + 470_000) / 6;
        double missiles = rus.missiles().fired();
        double pRus = 0.03 * (rusFired + 300 * missiles) + 0.025 * 470_000;
        double pUkr = 0.1 * 180_000 + 0.02 * 400_000;
        assertEquals(rusFired, m.trajectory().get(0, Output.RUS_SHELLS_FIRED), 1e-6);
        assertEquals(180_000, m.trajectory().get(0, Output.UKR_SHELLS_FIRED), 1e-9);
        assertEquals(pRus, m.trajectory().get(0, Output.UKR_CASUALTIES), 1e-6);
        assertEquals(1.8 * pUkr, m.trajectory().get(0, Output.RUS_CASUALTIES), 1e-6);
        assertEquals((pRus - pUkr) / (pRus + pUkr), m.trajectory().get(0, Output.FRONT_BALANCE), 1e-12);
        // Territory: Russia's losses over 100 casualties a km2, times the power ratio to the 1.5.
        assertEquals(1.8 * pUkr / 100 * Math.pow(pRus / pUkr, 1.5), m.trajectory().get(0, Output.TERRITORY_CHANGE), 1e-9);
        // Six in ten casualties leave the front for good; recruits arrive.
        assertEquals(470_000 - 0.6 * 1.8 * pUkr + 35_000, rus.manpower(), 1e-6);
        assertEquals(470_000 - 0.6 * 1.8 * pUkr + 35_000, m.trajectory().get(0, Output.RUS_TROOPS_AT_FRONT), 1e-6);
        assertEquals(400_000 - 0.6 * pRus + 20_000, m.trajectory().get(0, Output.UKR_TROOPS_AT_FRONT), 1e-6);
    }

    @Test
    void firingMoreShellsNeverWorsensTheFiringSide() {
        // Ukraine's rate raised with supply to match: more fire, never a worse balance for Ukraine.
        Parameters supplied = Models.deterministic().with(Param.MUNITIONS_CAPACITY_WEST, 400_000);
        double low = AllianceModel.simulate(supplied.with(Param.FRONT_NEED_UKR, 60_000), List.of(), 24, 1L)
                .finalValue(Output.FRONT_BALANCE);
        double high = AllianceModel.simulate(supplied.with(Param.FRONT_NEED_UKR, 300_000), List.of(), 24, 1L)
                .finalValue(Output.FRONT_BALANCE);
        assertTrue(high < low, high + " vs " + low);
        double rusLow = AllianceModel.simulate(Models.deterministic().with(Param.FRONT_NEED_RUS, 150_000), List.of(), 24, 1L)
                .finalValue(Output.FRONT_BALANCE);
        double rusHigh = AllianceModel.simulate(Models.deterministic().with(Param.FRONT_NEED_RUS, 450_000), List.of(), 24, 1L)
                .finalValue(Output.FRONT_BALANCE);
        assertTrue(rusHigh > rusLow, rusHigh + " vs " + rusLow);
    }

    @Test
    void northKoreanTroopsHelpRussiaAndTakeLossesThatAreNotReplaced() {
        ModelEvent deploy = new ModelEvent(2, "deploy", Map.of(Param.TROOPS_PRK_TO_RUS, 11_000.0), List.of());
        Trajectory without = AllianceModel.simulate(Models.deterministic(), List.of(), 24, 1L);
        Trajectory with = AllianceModel.simulate(Models.deterministic(), List.of(deploy), 24, 1L);
        assertTrue(with.finalValue(Output.FRONT_BALANCE) > without.finalValue(Output.FRONT_BALANCE));
        double[] troops = with.series(Output.PRK_TROOPS_AT_FRONT);
        assertEquals(0, troops[1], 0);
        // Russia's side loses about 10 % a month at the default rates; North Koreans their share of it.
        assertTrue(troops[2] < 11_000 && troops[2] > 9_000, "" + troops[2]);
        for (int t = 3; t < troops.length; t++) {
            assertTrue(troops[t] < troops[t - 1], "month " + t);
        }
    }
}
