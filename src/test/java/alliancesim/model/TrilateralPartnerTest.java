package alliancesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TrilateralPartnerTest {

    @Test
    void eachPartnerReactsWithItsOwnScale() {
        AllianceModel m = Models.started(Models.deterministic().with(Param.DETERRENCE_SCALE_USA, 0.8)
                .with(Param.DETERRENCE_SCALE_KOR, 1.3).with(Param.DETERRENCE_SCALE_JPN, 0.9)
                .with(Param.DETERRENCE_INITIAL_POSTURE, 2), 1);
        TrilateralPartner[] partners = m.trilateralPartners();
        assertSame(m.unitedStates(), partners[0], "the United States is a partner");
        assertSame(m.agent(StateCode.KOR), partners[1]);
        assertSame(m.agent(StateCode.JPN), partners[2]);
        assertEquals(0.8, partners[0].reactionScale(m), 0);
        assertEquals(1.3, partners[1].reactionScale(m), 0);
        assertEquals(0.9, partners[2].reactionScale(m), 0);
        assertEquals(2, partners[1].posture(), 0);
    }
}
