package alliancesim.batch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LiveHeapMonitorTest {
    @Test
    void seesWhatIsKeptAliveWhileItSamples() throws InterruptedException {
        long[] kept;
        double live;
        double median;
        try (LiveHeapMonitor monitor = new LiveHeapMonitor()) {
            kept = new long[8 * 1024 * 1024]; // 64 MiB, reachable until the sample is read
            while (monitor.samples() < 1) {
                Thread.sleep(50);
            }
            live = monitor.largestLiveMiB();
            median = monitor.medianLiveMiB();
        }
        java.lang.ref.Reference.reachabilityFence(kept); // held, not collected, until the sample was read
        assertTrue(live >= 64, "64 MiB held, live heap sampled " + live + " MiB");
        assertTrue(median >= 64 && median <= live, "64 MiB held in every sample, median " + median + " MiB");
    }
}
