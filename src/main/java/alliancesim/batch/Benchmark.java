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

    /**
     * The means over the rounds, each round's values (so the spread shows how steady the machine
     * was) and the shortest timed stretch of any round, in seconds: under a second a timing says
     * more about the machine's other work than about the model.
     */
    public record Speed(double runsPerSecondOneThread, double runsPerSecondAllCores, int cores,
                        double nanosScheduled, double nanosPlain, List<Round> rounds, double shortestSeconds) {
        public Speed {
            rounds = List.copyOf(rounds);
        }

        public double speedup() {
            return runsPerSecondAllCores / runsPerSecondOneThread;
        }

        public double masonOverhead() {
            return nanosScheduled / nanosPlain;
        }
    }

    /** One round's measures. */
    public record Round(double runsPerSecondOneThread, double runsPerSecondAllCores, double nanosScheduled,
                        double nanosPlain) {
        public double masonOverhead() {
            return nanosScheduled / nanosPlain;
        }
    }

    public Speed speed(int runs, int rounds) {
        int cores = Runtime.getRuntime().availableProcessors();
        throughput(1, runs / 2); // warm-up, so the JIT has compiled the model before anything is timed
        throughput(cores, runs / 2);
        List<Round> each = new java.util.ArrayList<>();
        double shortest = Double.POSITIVE_INFINITY;
        for (int r = 0; r < rounds; r++) { // alternate, so drift in the machine hits both sides alike
            Round round = new Round(throughput(1, runs), throughput(cores, runs), nanosPerRun(true, runs),
                    nanosPerRun(false, runs));
            each.add(round);
            shortest = Math.min(shortest, Math.min(runs / round.runsPerSecondAllCores(),
                    Math.min(runs * round.nanosPlain(), runs * round.nanosScheduled()) / 1e9));
        }
        return new Speed(each.stream().mapToDouble(Round::runsPerSecondOneThread).average().orElse(Double.NaN),
                each.stream().mapToDouble(Round::runsPerSecondAllCores).average().orElse(Double.NaN), cores,
                each.stream().mapToDouble(Round::nanosScheduled).average().orElse(Double.NaN),
                each.stream().mapToDouble(Round::nanosPlain).average().orElse(Double.NaN), each, shortest);
    }

    /** Runs per second of the bare model on this many threads, over this many runs (warm the JIT first). */
    public double throughput(int threads, int runs) {
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

    /**
     * The garbage collectors this JVM runs, e.g. "PS Scavenge, PS MarkSweep" (the launcher's parallel
     * collector) or "G1 Young Generation, ...": a sweep's speed depends on which.
     */
    public static String collectors() {
        return String.join(", ", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).toList());
    }

    /** Heap in use after a full garbage collection, in MiB. */
    public static double heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }
}
