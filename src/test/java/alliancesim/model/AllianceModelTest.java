package alliancesim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AllianceModelTest {

    @Test
    void sameSeedGivesIdenticalRuns() {
        Trajectory a = AllianceModel.simulate(Parameters.defaults(), List.of(), 36, 99L);
        Trajectory b = AllianceModel.simulate(Parameters.defaults(), List.of(), 36, 99L);
        for (int t = 0; t < 36; t++) {
            assertArrayEquals(a.values()[t], b.values()[t]);
        }
    }

    @Test
    void differentSeedsGiveDifferentRuns() {
        Trajectory a = AllianceModel.simulate(Parameters.defaults(), List.of(), 36, 1L);
        Trajectory b = AllianceModel.simulate(Parameters.defaults(), List.of(), 36, 2L);
        assertFalse(Arrays.equals(a.values()[35], b.values()[35]));
    }

    @Test
    void seedsThatDifferOnlyInTheHigh32BitsGiveDifferentRuns() {
        // SimState would drop the high half of a long seed; the model keeps all 64 bits.
        Trajectory a = AllianceModel.simulate(Parameters.defaults(), List.of(), 12, 5L);
        Trajectory b = AllianceModel.simulate(Parameters.defaults(), List.of(), 12, 5L + (1L << 32));
        assertFalse(Arrays.equals(a.values()[11], b.values()[11]));
    }

    @Test
    void deterministicRunsDoNotDependOnTheSeed() {
        Trajectory a = AllianceModel.simulate(Models.deterministic(), List.of(), 36, 1L);
        Trajectory b = AllianceModel.simulate(Models.deterministic(), List.of(), 36, 123456789L);
        for (int t = 0; t < 36; t++) {
            assertArrayEquals(a.values()[t], b.values()[t]);
        }
    }

    @Test
    void restartingGivesTheSameRun() {
        AllianceModel m = new AllianceModel(4L, Parameters.defaults(), List.of(), 24);
        double[] first = m.runToEnd().values()[23].clone();
        m.setSeed(4L);
        double[] second = m.runToEnd().values()[23];
        assertArrayEquals(first, second);
    }

    @Test
    void everyOutputIsRecordedEveryMonth() {
        Trajectory t = AllianceModel.simulate(Parameters.defaults(), List.of(), 36, 3L);
        assertEquals(36, t.months());
        for (double[] row : t.values()) {
            for (double v : row) {
                assertTrue(Double.isFinite(v));
            }
        }
        assertTrue(t.get(12, Output.SHELLS_TRANSFERRED) > 0);
        assertTrue(t.finalValue(Output.PRK_GDP_INDEX) > 0.5);
    }

    @Test
    void eventsAreTakenInMonthOrderKeepingTheOrderOfOneMonth() {
        ModelEvent a = new ModelEvent(5, "a", Map.of(), List.of());
        ModelEvent b = new ModelEvent(2, "b", Map.of(), List.of());
        ModelEvent c = new ModelEvent(5, "c", Map.of(), List.of());
        ModelEvent d = new ModelEvent(1, "d", Map.of(), List.of());
        assertEquals(List.of(d, b, a, c), AllianceModel.sortedByMonth(List.of(a, b, c, d)));
        List<ModelEvent> sorted = List.of(d, b, a, c);
        assertSame(sorted, AllianceModel.sortedByMonth(sorted), "a sorted immutable list is not copied");
    }

    @Test
    void eventsChangeParametersFromTheirMonthOn() {
        ModelEvent troops = new ModelEvent(13, "deployment", Map.of(Param.TROOPS_PRK_TO_RUS, 11000.0), List.of());
        AllianceModel m = new AllianceModel(1L, Models.deterministic(), List.of(troops), 20);
        m.start();
        Models.step(m, 13);
        assertEquals(0, m.param(Param.TROOPS_PRK_TO_RUS));
        Models.step(m, 1);
        assertEquals(11000, m.param(Param.TROOPS_PRK_TO_RUS));
        assertEquals(Happening.Kind.EVENT, m.happenings().get(0).kind());
        assertEquals(13, m.happenings().get(0).month());
    }

    @Test
    void northKoreanTroopsHelpRussiaAtTheFront() {
        ModelEvent troops = new ModelEvent(0, "deployment", Map.of(Param.TROOPS_PRK_TO_RUS, 50000.0), List.of());
        double with = AllianceModel.simulate(Models.deterministic(), List.of(troops), 12, 1L).finalValue(Output.FRONT_BALANCE);
        double without = AllianceModel.simulate(Models.deterministic(), List.of(), 12, 1L).finalValue(Output.FRONT_BALANCE);
        assertTrue(with > without, with + " vs " + without);
    }

    @Test
    void outOfRangeParameterIsRefused() {
        AllianceModel m = Models.started(Parameters.defaults(), 1);
        assertThrows(IllegalArgumentException.class, () -> m.setParam(Param.SANCTIONS_PRESSURE_RUS, 1.5));
        assertThrows(IllegalArgumentException.class, () -> Parameters.defaults().with(Param.SANCTIONS_ENFORCEMENT, -0.1));
    }

    @Test
    void aPlainLoopGivesTheSameRunAsTheSchedule() {
        List<ModelEvent> events = List.of(new ModelEvent(4, "summit", Map.of(), List.of(TiePair.RUS_PRK)),
                new ModelEvent(6, "troops", Map.of(Param.TROOPS_PRK_TO_RUS, 11000.0), List.of()));
        Trajectory scheduled = new AllianceModel(8L, Parameters.defaults(), events, 36).runToEnd();
        Trajectory plain = new AllianceModel(8L, Parameters.defaults(), events, 36).runWithoutSchedule();
        for (int t = 0; t < 36; t++) {
            assertArrayEquals(scheduled.values()[t], plain.values()[t], "month " + t);
        }
    }

    @Test
    void agentsAndMechanismsAreOnTheMasonSchedule() {
        AllianceModel m = Models.started(Parameters.defaults(), 3);
        assertTrue(m.schedule.scheduleComplete() == false);
        Models.step(m, 1);
        assertEquals(0.0, m.schedule.getTime());
        Models.step(m, 1);
        assertEquals(1.0, m.schedule.getTime());
        assertEquals(1, m.month());
    }
}
