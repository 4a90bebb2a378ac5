package alliancesim.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.model.Parameters;
import alliancesim.model.Trajectory;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeteredSimulatorTest {
    /**
     * The meter changes no run, counts every run, and the CPU time it adds up is a part of the
     * process's CPU time over the same runs (never more: it is one thread's share of it).
     */
    @Test
    void countsEveryRunAndAPartOfTheProcessCpu() {
        MeteredSimulator metered = new MeteredSimulator(Simulator.MODEL);
        long before = MeteredSimulator.processCpuNanos();
        for (long seed = 1; seed <= 40; seed++) {
            Trajectory a = metered.simulate(Parameters.defaults(), List.of(), 36, seed);
            Trajectory b = Simulator.MODEL.simulate(Parameters.defaults(), List.of(), 36, seed);
            for (int m = 0; m < a.months(); m++) {
                assertArrayEquals(b.values()[m], a.values()[m]);
            }
        }
        long process = MeteredSimulator.processCpuNanos() - before;
        assertEquals(40, metered.runs());
        assertTrue(metered.cpuNanos() > 0 && metered.cpuNanos() <= process,
                metered.cpuNanos() + " ns metered, " + process + " ns used by the process");
    }
}
