package alliancesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnitedStatesTest {

    @Test
    void pressureRisesWithObservedFlowsWhenResponsive() {
        Parameters p = Models.deterministic().with(Param.SANCTIONS_RESPONSIVENESS, 0.05);
        AllianceModel m = Models.started(p, 2);
        Models.step(m, 1);
        assertEquals(Math.min(1, 0.6 + 0.05 * m.flowIndex()), m.pressureOn(StateCode.RUS), 1e-12);
        Parameters fixed = Models.deterministic().with(Param.SANCTIONS_RESPONSIVENESS, 0);
        AllianceModel f = Models.started(fixed, 2);
        Models.step(f, 1);
        assertEquals(0.6, f.pressureOn(StateCode.RUS), 0);
    }
}
