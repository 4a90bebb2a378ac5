package alliancesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrontTest {

    /** Fire has no effect and nobody is recruited: only the soldiers' terms of the mixed law act. */
    private static Parameters soldiersOnly(double rus, double ukr, double directRus, double directUkr) {
        return Models.deterministic()
                .with(Param.FRONT_LETHALITY_RUS, 0).with(Param.FRONT_LETHALITY_UKR, 0)
                .with(Param.FRONT_RECRUITMENT_RUS, 0).with(Param.FRONT_RECRUITMENT_UKR, 0)
                .with(Param.FRONT_PERMANENT_LOSS_SHARE, 1).with(Param.FRONT_PERMANENT_LOSS_SHARE_UKR, 1)
                .with(Param.FRONT_ATTACK_EXPOSURE_RUS, 1)
                .with(Param.FRONT_MANPOWER_RUS, rus).with(Param.FRONT_MANPOWER_UKR, ukr)
                .with(Param.FRONT_DIRECT_FIRE_RUS, directRus).with(Param.FRONT_DIRECT_FIRE_UKR, directUkr);
    }

    @Test
    void mixedLawSurvivorsMatchDeitchmansClosedForm() {
        // dA/dt = -b B (attacker, aimed fire), dB/dt = -a A B / B0 (defender, area fire), a = b = 0.002 a month,
        // A0 = 300k, B0 = 100k: a A^2 / 2 - b B0 B is invariant, so as B dies away A tends to
        // sqrt(A0^2 - 2 b B0^2 / a) = sqrt(7) x 100,000. Monthly steps of a slow battle follow the continuous law.
        AllianceModel m = Models.started(soldiersOnly(300_000, 100_000, 0.002, 0.002), 4000);
        while (m.agent(StateCode.UKR).manpower() > 1) {
            Models.step(m, 1);
        }
        assertEquals(Math.sqrt(7) * 100_000, m.agent(StateCode.RUS).manpower(), 0.002 * 264_575);
    }

    @Test
    void theMonthlyStepIsTheMixedLawsEulerStep() {
        // A' = A - b B, B' = B - a A B / B0, by hand for two months (a = 0.1, b = 0.05, A0 = 400k, B0 = 300k).
        double a = 0.1;
        double b = 0.05;
        AllianceModel m = Models.started(soldiersOnly(400_000, 300_000, a, b), 2);
        double rus = 400_000;
        double ukr = 300_000;
        for (int month = 0; month < 2; month++) {
            Models.step(m, 1);
            double nextRus = rus - b * ukr;
            double nextUkr = ukr - a * rus * ukr / 300_000;
            rus = nextRus;
            ukr = nextUkr;
            assertEquals(rus, m.agent(StateCode.RUS).manpower(), 1e-6);
            assertEquals(ukr, m.agent(StateCode.UKR).manpower(), 1e-6);
        }
    }

    @Test
    void theAttackerTakesAimedFireAndTheDefenderAreaFire() {
        // Aimed: the same enemy power costs an attacking force of 200,000 what it costs one of 800,000.
        assertEquals(Front.aimedLosses(20_000, 1.5, 200_000), Front.aimedLosses(20_000, 1.5, 800_000), 0);
        // Area: a defence at half its month-0 number loses half as much to the same power.
        assertEquals(Front.areaLosses(20_000, 400_000, 400_000) / 2, Front.areaLosses(20_000, 200_000, 400_000), 1e-9);
    }

    @Test
    void powerLossesAndBalanceMatchHandComputation() {
        assertEquals(0.03 * 300_000 + 0.025 * 470_000, Front.power(0.03, 300_000, 0.025, 470_000), 1e-9);
        // The attacker's losses are the enemy's power times exposure; the defender's the enemy's power times
        // its density; never more than the force.
        assertEquals(1.8 * 20_000, Front.aimedLosses(20_000, 1.8, 450_000), 1e-9);
        assertEquals(20_000 * 0.9, Front.areaLosses(20_000, 450_000, 500_000), 1e-9);
        assertEquals(100, Front.aimedLosses(1e9, 1, 100), 0, "never more than the force");
        assertEquals(100, Front.areaLosses(1e9, 100, 500_000), 0, "never more than the force");
        assertEquals((3.0 - 1.0) / 4.0, Front.balance(3, 1), 1e-15);
        assertEquals(0.0, Front.balance(0, 0));
    }

    @Test
    void territoryIsTheEffortOverTheCasualtiesPerKm2TimesTheForceRatioToTheElasticity() {
        // An effort of 40,000 casualties at 100 a km2 and the month-0 force ratio: 400 km2; twice the ratio
        // at e = 1.5: 400 x 2^1.5.
        assertEquals(400, Front.territory(40_000, 100, 1.2, 1.2, 1.5, 3), 1e-9);
        assertEquals(400 * Math.pow(2, 1.5), Front.territory(40_000, 100, 1.6, 0.8, 1.5, 3), 1e-9);
        assertEquals(400 * Math.pow(3, 1.5), Front.territory(40_000, 100, 2.4, 0.6, 1.5, 3), 1e-9, "held at the cap");
        assertEquals(400 * Math.pow(3, 2), Front.territory(40_000, 100, 1, 0, 2, 3), 1e-9, "no defender: the cap");
        assertEquals(0, Front.territory(0, 100, 10, 5, 1.5, 3), "no attack, no ground");
    }

    @Test
    void theDefendersFireTakesGroundOnlyByTheSoldiersItKills() {
        // Helmbold's force ratio is of soldiers: more Ukrainian fire leaves the month's ground as it is and
        // costs Russia soldiers, so the ground after it is less.
        Parameters p = Models.deterministic().with(Param.MUNITIONS_CAPACITY_WEST, 400_000);
        Trajectory low = AllianceModel.simulate(p.with(Param.FRONT_NEED_UKR, 60_000), List.of(), 12, 1L);
        Trajectory high = AllianceModel.simulate(p.with(Param.FRONT_NEED_UKR, 300_000), List.of(), 12, 1L);
        double[] lowKm2 = low.series(Output.TERRITORY_CHANGE);
        double[] highKm2 = high.series(Output.TERRITORY_CHANGE);
        assertEquals(lowKm2[0], highKm2[0], 1e-9, "month 0: the same soldiers, the same ground");
        for (int t = 1; t < lowKm2.length; t++) {
            assertTrue(highKm2[t] <= lowKm2[t], "month " + t + ": " + highKm2[t] + " > " + lowKm2[t]);
        }
        assertTrue(highKm2[11] < lowKm2[11]);
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
        // Territory: Russia's effort (its power times its exposure) over 100 casualties a km2, at the month-0
        // force ratio.
        assertEquals(1.8 * pRus / 100, m.trajectory().get(0, Output.TERRITORY_CHANGE), 1e-9);
        // Six in ten Russian casualties leave the front for good, half the Ukrainian ones; recruits arrive.
        assertEquals(470_000 - 0.6 * 1.8 * pUkr + 35_000, rus.manpower(), 1e-6);
        assertEquals(470_000 - 0.6 * 1.8 * pUkr + 35_000, m.trajectory().get(0, Output.RUS_TROOPS_AT_FRONT), 1e-6);
        assertEquals(400_000 - 0.5 * pRus + 20_000, m.trajectory().get(0, Output.UKR_TROOPS_AT_FRONT), 1e-6);
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
