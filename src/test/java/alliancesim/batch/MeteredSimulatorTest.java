package alliancesim.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import alliancesim.model.Parameters;
import alliancesim.model.Trajectory;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class MeteredSimulatorTest {
    /**
     * The meter changes no run, counts every run, and adds up exactly the clock's advance across each
     * run. The clock is the test's own: a real CPU clock moves in steps as coarse as 10 ms on some
     * machines, so a few runs could read 0 there and the test would depend on the machine.
     */
    @Test
    void countsEveryRunAndAddsUpTheClockAcrossEachRun() {
        AtomicLong clock = new AtomicLong();
        long[] advance = {7};
        Simulator ticking = (parameters, events, months, seed) -> {
            clock.addAndGet(advance[0]); // the run's own CPU time on the test clock
            return Simulator.MODEL.simulate(parameters, events, months, seed);
        };
        MeteredSimulator metered = new MeteredSimulator(ticking, () -> clock.getAndAdd(1000));
        for (long seed = 1; seed <= 40; seed++) {
            advance[0] = seed; // run i takes i ns of its own, plus the 1,000 ns the first clock reading adds
            Trajectory a = metered.simulate(Parameters.defaults(), List.of(), 36, seed);
            Trajectory b = Simulator.MODEL.simulate(Parameters.defaults(), List.of(), 36, seed);
            for (int m = 0; m < a.months(); m++) {
                assertArrayEquals(b.values()[m], a.values()[m]);
            }
        }
        assertEquals(40, metered.runs());
        assertEquals(40 * 1000 + 40 * 41 / 2, metered.cpuNanos());
    }
}
