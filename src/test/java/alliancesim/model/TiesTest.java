package alliancesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TiesTest {

    @Test
    void nextTieFollowsTheRule() {
        // 0.5 + 0.1*(0.7-0.5) + 0.03*0.4 + 0.02*0.5 - 0.05*0.3 = 0.527
        assertEquals(0.527, Ties.next(0.5, 0.7, 0.1, 0.03, 0.4, 0.02, 0.5, 0.05, 0.3), 1e-12);
        assertEquals(1.0, Ties.next(0.99, 1, 0, 1, 1, 0, 0, 0, 0));
        assertEquals(0.0, Ties.next(0.01, 0, 0, 0, 0, 0, 0, 1, 1));
    }

    @Test
    void withNothingExchangedTiesStayAtTheirBase() {
        Parameters p = Models.deterministic().with(Param.TIES_VALUE_GAIN, 0).with(Param.TIES_THREAT_GAIN, 0)
                .with(Param.TIES_COST_GAIN, 0);
        AllianceModel m = Models.started(p, 10);
        Models.step(m, 10);
        for (TiePair pair : TiePair.values()) {
            assertEquals(p.get(pair.initial()), m.tie(pair), 1e-12, pair.label());
        }
    }

    @Test
    void summitJumpsTheTieAndItDecaysBack() {
        Parameters p = Models.deterministic().with(Param.TIES_VALUE_GAIN, 0).with(Param.TIES_THREAT_GAIN, 0)
                .with(Param.TIES_COST_GAIN, 0).with(Param.TIES_DECAY, 0.5);
        ModelEvent summit = new ModelEvent(2, "summit", Map.of(), List.of(TiePair.RUS_PRK));
        AllianceModel m = new AllianceModel(1L, p, List.of(summit), 4);
        Trajectory t = m.runToEnd();
        assertEquals(0.7, t.get(1, Output.TIE_RUS_PRK), 1e-12);
        // Jump to 0.8 at the start of month 2, then half the gap decays in the ties phase: 0.75.
        assertEquals(0.75, t.get(2, Output.TIE_RUS_PRK), 1e-12);
        assertEquals(0.725, t.get(3, Output.TIE_RUS_PRK), 1e-12);
    }

    @Test
    void tiesAreWeightedEdgesOfAMasonNetwork() {
        AllianceModel m = Models.started(Models.deterministic(), 1);
        assertEquals(7, m.tieNetwork().getAllNodes().size());
        assertEquals(0.7, m.tieNetwork().getEdge(m.agent(StateCode.RUS), m.agent(StateCode.PRK)).getWeight(), 1e-12);
    }
}
