package alliancesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChinaTest {

    @Test
    void chinaGivesUpAShareOfItsPolicyPerUnitOfSecondarySanctions() {
        assertEquals(0.5 * (1 - 0.5 * 0.3), China.facilitationFor(0.5, 0.5, 0.3, 0.5, 0), 1e-15);
        assertEquals(0.5 * (1 - 0.5 * 0.3) + 0.5 * 0.1, China.facilitationFor(0.5, 0.5, 0.3, 0.5, 0.1), 1e-15);
        assertEquals(1.0, China.facilitationFor(1, 0, 0, 2, 0.5), 0);
    }

    @Test
    void itsDecisionWeighsTheRiseOfItsEasternTiesFromMonthZero() {
        Parameters p = Models.deterministic().with(Param.CHINA_FACILITATION, 0.6).with(Param.CHINA_SECONDARY_RISK, 0.5)
                .with(Param.SANCTIONS_SECONDARY, 0.4).with(Param.CHINA_TIE_WEIGHT, 0.3)
                .with(Param.TIES_INITIAL_RUS_CHN, 0.6).with(Param.TIES_INITIAL_CHN_PRK, 0.4);
        AllianceModel m = Models.started(p, 1);
        China china = m.china();
        // Ties at month 0: 0.6 x (1 - 0.5 x 0.4) = 0.48.
        assertEquals(0.48, china.facilitation(), 1e-15);
        // The mean eastern tie rises by (0.2 + 0.1) / 2 = 0.15: 0.48 + 0.3 x 0.15 = 0.525.
        m.setTie(TiePair.RUS_CHN, 0.8);
        m.setTie(TiePair.CHN_PRK, 0.5);
        china.decide(m);
        assertEquals(0.525, china.facilitation(), 1e-12);
        // Its month-0 reference for the sanctions uses the default levers and unchanged ties: 0.5 x (1 - 0.5 x 0.3).
        assertEquals(0.425, china.facilitationUnderDefaultLevers(m), 1e-15);
    }

    @Test
    void aLeverWithoutReactionHoldsEveryMonth() {
        Parameters p = Parameters.defaults().with(Param.CHINA_FACILITATION, 0.37)
                .with(Param.CHINA_SECONDARY_RISK, 0).with(Param.CHINA_TIE_WEIGHT, 0);
        for (double f : AllianceModel.simulate(p, List.of(), 36, 5L).series(Output.CHINA_FACILITATION)) {
            assertEquals(0.37, f, 0);
        }
    }

    @Test
    void secondarySanctionsMakeChinaRestrainWithoutSwitchingItOff() {
        double low = AllianceModel.simulate(Models.deterministic().with(Param.SANCTIONS_SECONDARY, 0), List.of(), 36, 1L)
                .finalValue(Output.CHINA_FACILITATION);
        double high = AllianceModel.simulate(Models.deterministic().with(Param.SANCTIONS_SECONDARY, 1), List.of(), 36, 1L)
                .finalValue(Output.CHINA_FACILITATION);
        assertTrue(high < low - 0.15, high + " vs " + low);
        assertTrue(high > 0.1, "" + high);
    }
}
