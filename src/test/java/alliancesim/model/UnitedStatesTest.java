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

    @Test
    void itsReactionAddsToBothLeversAndPressureStopsAtOne() {
        Parameters p = Models.deterministic().with(Param.SANCTIONS_RESPONSIVENESS, 0.1)
                .with(Param.SANCTIONS_PRESSURE_RUS, 0.6).with(Param.SANCTIONS_PRESSURE_PRK, 0.95)
                .with(Param.FRONT_NEED_RUS, 300_000);
        AllianceModel m = Models.started(p, 1);
        UnitedStates usa = m.unitedStates();
        m.russia().shells().receive(150_000); // a flow index of 0.5
        usa.reactToObservedFlows(m);
        // 0.1 x 0.5 = 0.05 added: 0.65 on Russia, 0.95 + 0.05 = 1 on North Korea.
        assertEquals(0.65, usa.pressureOn(StateCode.RUS, m), 1e-15);
        assertEquals(1.0, usa.pressureOn(StateCode.PRK, m), 1e-15);
        usa.reactToObservedFlows(m);
        assertEquals(1.0, usa.pressureOn(StateCode.PRK, m), 0, "never above 1");
        assertEquals(0.7, usa.pressureOn(StateCode.RUS, m), 1e-15);
    }

    @Test
    void itShipsUkraineAllTheWesternSupplyOfTheMonth() {
        AllianceModel m = Models.started(Models.deterministic(), 1);
        UnitedStates usa = m.unitedStates();
        usa.shells().produce(120_000);
        assertEquals(120_000, usa.supplyToUkraine(), 0);
    }
}
