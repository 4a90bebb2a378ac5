package alliancesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Each output is read from the state it names, every month. */
class MetricsRecorderTest {

    @Test
    void outputsAreTheModelsStateAtTheEndOfTheMonth() {
        AllianceModel m = Models.started(Parameters.defaults(), 6);
        Models.step(m, 4);
        Trajectory t = m.trajectory();
        int month = 3;
        StateAgent rus = m.agent(StateCode.RUS);
        StateAgent prk = m.agent(StateCode.PRK);
        assertEquals(rus.shells().received(), t.get(month, Output.SHELLS_TRANSFERRED));
        assertEquals(prk.gdpIndex(), t.get(month, Output.PRK_GDP_INDEX));
        assertEquals(prk.military(), t.get(month, Output.PRK_CAPABILITY));
        assertEquals((m.agent(StateCode.USA).military() + m.agent(StateCode.KOR).military()
                + m.agent(StateCode.JPN).military()) / 3, t.get(month, Output.TRILATERAL_POSTURE), 1e-15);
        assertEquals(m.tie(TiePair.RUS_PRK), t.get(month, Output.TIE_RUS_PRK));
        assertEquals(m.chinaFacilitation(), t.get(month, Output.CHINA_FACILITATION));
        assertEquals((m.pressureOn(StateCode.RUS) * (1 - 0.85 * m.chinaFacilitation())
                + m.pressureOn(StateCode.PRK) * (1 - 0.6 * m.chinaFacilitation())) / 2,
                t.get(month, Output.SANCTIONS_EFFECTIVENESS), 1e-15);
        assertEquals(m.crises(), t.get(month, Output.CRISES));
        assertEquals(m.tension(), t.get(month, Output.REGIONAL_TENSION));
        assertEquals(0.0, t.get(5, Output.CRISES), "months not yet run stay empty");
    }
}
