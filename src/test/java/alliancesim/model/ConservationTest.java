package alliancesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every shell is produced, stocked, transferred, interdicted or fired: never created or lost otherwise. */
class ConservationTest {

    @ParameterizedTest
    @ValueSource(longs = {1L, 2L, 20261121L, -5L})
    void munitionsAreConservedEveryMonthForEveryState(long seed) {
        List<ModelEvent> events = List.of(
                new ModelEvent(3, "deployment", Map.of(Param.TROOPS_PRK_TO_RUS, 11000.0), List.of()),
                new ModelEvent(5, "squeeze", Map.of(Param.SANCTIONS_ENFORCEMENT, 0.9), List.of(TiePair.RUS_PRK)));
        AllianceModel m = new AllianceModel(seed, Parameters.defaults(), events, 36);
        m.start();
        double[] initial = totalStocks(m);
        double[] cumulative = new double[2];
        for (int month = 0; month < 36; month++) {
            m.schedule.step(m);
            double sentAll = 0;
            double receivedAll = 0;
            for (StateCode c : StateCode.values()) {
                for (MunitionLedger l : List.of(m.agent(c).shells(), m.agent(c).missiles())) {
                    double change = l.stock() - l.stockAtMonthStart();
                    double flows = l.produced() + l.received() - l.sent() - l.interdicted() - l.fired();
                    assertEquals(flows, change, 1e-6, c + " month " + month);
                    assertTrue(l.stock() >= 0);
                    sentAll += l.sent();
                    receivedAll += l.received();
                    cumulative[l == m.agent(c).shells() ? 0 : 1] += l.produced() - l.interdicted() - l.fired();
                }
            }
            assertEquals(sentAll, receivedAll, 1e-6, "what is sent arrives, month " + month);
            Trajectory t = m.trajectory();
            assertEquals(m.agent(StateCode.PRK).shells().sent(), t.get(month, Output.SHELLS_TRANSFERRED), 1e-9);
            assertEquals(m.agent(StateCode.PRK).shells().interdicted(), t.get(month, Output.SHELLS_INTERDICTED), 1e-9);
        }
        double[] end = totalStocks(m);
        assertEquals(initial[0] + cumulative[0], end[0], 1e-3, "shells over the whole run");
        assertEquals(initial[1] + cumulative[1], end[1], 1e-6, "missiles over the whole run");
    }

    private static double[] totalStocks(AllianceModel m) {
        double[] s = new double[2];
        for (StateCode c : StateCode.values()) {
            s[0] += m.agent(c).shells().stock();
            s[1] += m.agent(c).missiles().stock();
        }
        return s;
    }
}
