package alliancesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EconomyTest {

    @Test
    void monthlyGrowthIsObservedPlusPaymentsMinusDragBeyondTheReference() {
        // 3.6 % observed, payments worth 8 % of GDP at a gain of 0.45, drag 2 % on 0.2 of extra pressure.
        assertEquals((0.036 + 0.45 * 0.08 - 0.02 * 0.2) / 12, Economy.monthlyGrowth(0.036, 0.02, 0.5, 0.3, 0.45, 0.08), 1e-15);
        // At the reference pressure and with no payments growth is the observed rate: sanctions are not counted twice.
        assertEquals(0.036 / 12, Economy.monthlyGrowth(0.036, 0.3, 0.42, 0.42, 0.45, 0), 1e-15);
        // Less pressure than the reference lifts growth above the observed rate.
        assertTrue(Economy.monthlyGrowth(0.036, 0.02, 0.1, 0.3, 0, 0) > 0.036 / 12);
    }

    @Test
    void effectivePressureIsWhatChinaDoesNotLetLeak() {
        assertEquals(0.6 * (1 - 0.85 * 0.5), Economy.effectivePressure(0.6, 0.85, 0.5), 1e-15);
        assertEquals(0.0, Economy.effectivePressure(0.6, 1, 1), 1e-15);
    }

    @Test
    void underTheBaselineLeversBothEconomiesGrowAtTheirObservedRatesInMonthZero() {
        AllianceModel m = Models.started(Models.deterministic(), 1);
        Models.step(m, 1);
        assertEquals(1 + 0.036 / 12, m.agent(StateCode.RUS).gdpIndex(), 1e-15);
        // No Russian payment has arrived before month 0's shipment: growth before the arms trade.
        assertEquals(1 - 0.002 / 12, m.agent(StateCode.PRK).gdpIndex(), 1e-15);
    }

    @Test
    void russianPaymentsLiftNorthKoreanGrowthInTheNextMonth() {
        // China's ties and reactive pressure held still so that only the payment moves growth.
        AllianceModel m = Models.started(Models.deterministic().with(Param.CHINA_TIE_WEIGHT, 0)
                .with(Param.SANCTIONS_RESPONSIVENESS, 0), 2);
        Models.step(m, 1);
        StateAgent prk = m.agent(StateCode.PRK);
        double before = prk.gdpIndex();
        double share = prk.aidReceivedUsd() * 12 / (26.6e9 * before);
        Models.step(m, 1);
        assertEquals(before * (1 + (-0.002 + 0.45 * share) / 12), prk.gdpIndex(), 1e-12);
    }

    @Test
    void tighterSanctionsShrinkNorthKorea() {
        Parameters loose = Models.deterministic().with(Param.SANCTIONS_PRESSURE_PRK, 0.1);
        Parameters tight = Models.deterministic().with(Param.SANCTIONS_PRESSURE_PRK, 1.0).with(Param.CHINA_FACILITATION, 0);
        double a = AllianceModel.simulate(loose, List.of(), 36, 1L).finalValue(Output.PRK_GDP_INDEX);
        double b = AllianceModel.simulate(tight, List.of(), 36, 1L).finalValue(Output.PRK_GDP_INDEX);
        assertTrue(a > b + 0.02, a + " vs " + b);
    }
}
