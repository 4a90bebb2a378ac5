package alliancesim.batch;

import alliancesim.model.AllianceModel;
import alliancesim.model.ModelEvent;
import alliancesim.model.Parameters;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * `bench`: speeds measured side by side in one process, after a warm-up: runs per second on one
 * thread and on all cores, and one run scheduled by MASON against the same steps in a plain loop.
 */
public final class Benchmark {
    private final Parameters parameters;
    private final List<ModelEvent> events;
    private final int months;

    public Benchmark(Parameters parameters, List<ModelEvent> events, int months) {
        this.parameters = parameters;
        this.events = events;
        this.months = months;
    }

    public record Speed(double runsPerSecondOneThread, double runsPerSecondAllCores, int cores,
                        double nanosScheduled, double nanosPlain) {
        public double speedup() {
            return runsPerSecondAllCores / runsPerSecondOneThread;
        }

        public double masonOverhead() {
            return nanosScheduled / nanosPlain;
        }
    }

    public Speed speed(int runs, int rounds) {
        int cores = Runtime.getRuntime().availableProcessors();
        throughput(1, runs / 2); // warm-up, so the JIT has compiled the model before anything is timed
        throughput(cores, runs / 2);
        double one = 0;
        double all = 0;
        double scheduled = 0;
        double plain = 0;
        for (int r = 0; r < rounds; r++) { // alternate, so drift in the machine hits both sides alike
            one += throughput(1, runs);
            all += throughput(cores, runs);
            scheduled += nanosPerRun(true, runs);
            plain += nanosPerRun(false, runs);
        }
        return new Speed(one / rounds, all / rounds, cores, scheduled / rounds, plain / rounds);
    }

    private double throughput(int threads, int runs) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong next = new AtomicLong();
        try {
            long t0 = System.nanoTime();
            List<Future<?>> workers = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (long i = next.getAndIncrement(); i < runs; i = next.getAndIncrement()) {
                        AllianceModel.simulate(parameters, events, months, SeedDerivation.runSeed(1, 0, i));
                    }
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
            return runs / ((System.nanoTime() - t0) / 1e9);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private double nanosPerRun(boolean withSchedule, int runs) {
        long t0 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            AllianceModel m = new AllianceModel(SeedDerivation.runSeed(2, 0, i), parameters, events, months);
            if (withSchedule) {
                m.runToEnd();
            } else {
                m.runWithoutSchedule();
            }
        }
        return (System.nanoTime() - t0) / (double) runs;
    }

    /** Forgets the heap pools' peaks, so {@link #peakHeap()} measures from now on. */
    public static void resetPeakHeap() {
        for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peak use since the last reset, in MiB (an upper bound on the peak heap). */
    public static double peakHeap() {
        long bytes = 0;
        for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024.0 * 1024.0);
    }

    /** Heap in use after a full garbage collection, in MiB. */
    public static double heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }
}
