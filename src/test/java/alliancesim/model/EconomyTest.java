package alliancesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EconomyTest {

    @Test
    void monthlyGrowthIsBaseMinusEffectiveDragOverTwelve() {
        // 4 % base, 8.5 % drag, pressure 0.6, evasion 0.25: (0.04 - 0.085*0.6*0.75)/12.
        assertEquals((0.04 - 0.03825) / 12, Economy.monthlyGrowth(0.04, 0.085, 0.6, 0.25), 1e-15);
        assertEquals(0.04 / 12, Economy.monthlyGrowth(0.04, 0.085, 0.0, 0.0), 1e-15);
        assertEquals(0.04 / 12, Economy.monthlyGrowth(0.04, 0.085, 1.0, 1.0), 1e-15);
    }

    @Test
    void evasionIsCappedAtOne() {
        assertEquals(0.425, Economy.russianEvasion(0.5, 0.85), 1e-15);
        assertEquals(0.3 + 0.25, Economy.northKoreanEvasion(0.5, 0.6, 0.05, 5), 1e-12);
        assertEquals(1.0, Economy.northKoreanEvasion(1, 0.9, 0.5, 5));
    }

    @Test
    void firstMonthOfRussianGdpMatchesHandComputation() {
        AllianceModel m = Models.started(Models.deterministic(), 1);
        Models.step(m, 1);
        double expected = 1 + (0.04 - 0.085 * 0.6 * (1 - 0.5 * 0.85)) / 12;
        assertEquals(expected, m.agent(StateCode.RUS).gdpIndex(), 1e-15);
    }

    @Test
    void tighterSanctionsShrinkNorthKorea() {
        Parameters loose = Models.deterministic().with(Param.SANCTIONS_PRESSURE_PRK, 0.1);
        Parameters tight = Models.deterministic().with(Param.SANCTIONS_PRESSURE_PRK, 1.0).with(Param.CHINA_FACILITATION, 0);
        double a = AllianceModel.simulate(loose, List.of(), 36, 1L).finalValue(Output.PRK_GDP_INDEX);
        double b = AllianceModel.simulate(tight, List.of(), 36, 1L).finalValue(Output.PRK_GDP_INDEX);
        assertTrue(a > b + 0.05, a + " vs " + b);
    }
}
