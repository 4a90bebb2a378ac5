package alliancesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyTest {

    @Test
    void chinaTargetIsLogistic() {
        assertEquals(0.5, Policy.chinaTarget(6, 0.55, 1.5, 0.3, 0.1), 1e-12);
        assertEquals(1 / (1 + Math.exp(-6 * 0.2)), Policy.chinaTarget(6, 0.75, 1.5, 0.3, 0.1), 1e-12);
    }

    @Test
    void secondarySanctionsMakeChinaRestrain() {
        Parameters p = Models.deterministic().with(Param.SANCTIONS_SECONDARY, 1.0);
        Trajectory t = AllianceModel.simulate(p, List.of(), 36, 1L);
        assertTrue(t.finalValue(Output.CHINA_FACILITATION) < 0.15, "" + t.finalValue(Output.CHINA_FACILITATION));
    }

    @Test
    void chinaClosesItsShareOfTheGapEachMonth() {
        Parameters p = Models.deterministic().with(Param.CHINA_FACILITATION, 0.9).with(Param.CHINA_ADJUST_RATE, 0.25);
        AllianceModel m = Models.started(p, 2);
        Models.step(m, 1);
        double meanTie = (m.tie(TiePair.RUS_CHN) + m.tie(TiePair.CHN_PRK)) / 2;
        double target = Policy.chinaTarget(6, meanTie, 1.5, 0.3, 0.1);
        assertEquals(0.9 + 0.25 * (target - 0.9), m.chinaFacilitation(), 1e-12);
    }

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
