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
        for (int r = 0; r < rounds; r++) {
            // One thread and all cores swap order each round; MASON and the plain loop alternate within it.
            double one;
            double all;
            if (r % 2 == 0) {
                one = throughput(1, runs);
                all = throughput(cores, runs);
            } else {
                all = throughput(cores, runs);
                one = throughput(1, runs);
            }
            double[] nanos = pairedNanosPerRun(runs);
            Round round = new Round(one, all, nanos[0], nanos[1]);
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

    /** Runs a block of MASON's schedule and of the plain loop take turns in: short enough to pair, long enough to time. */
    static final int BLOCK_RUNS = 100;

    /** Nanoseconds a run under MASON's schedule and in a plain loop, the two timed in alternating blocks. */
    private double[] pairedNanosPerRun(int runs) {
        int blocks = 2 * Math.max(1, runs / BLOCK_RUNS); // even, so the pattern ends where it started; runs a side
        int[] next = {0, 0};
        double[] nanos = alternate(blocks, System::nanoTime, () -> models(true, next, 0), () -> models(false, next, 1));
        return new double[] {nanos[0] / (blocks / 2.0 * BLOCK_RUNS), nanos[1] / (blocks / 2.0 * BLOCK_RUNS)};
    }

    /** One block of runs, each side on its own run of seeds. */
    private void models(boolean withSchedule, int[] next, int side) {
        for (int k = 0; k < BLOCK_RUNS; k++) {
            AllianceModel m = AllianceModel.forOutputs(SeedDerivation.runSeed(2, 0, next[side]++), parameters, events, months);
            if (withSchedule) {
                m.runToEnd();
            } else {
                m.runWithoutSchedule();
            }
        }
    }

    /**
     * Two kinds of work timed in turns, A B, B A, A B, ...: each does the same share of its blocks early
     * and late, so a machine that slows down or speeds up at a steady rate charges both alike (timed one
     * after the other, the second pays all of it). The clock's total for A and for B, in its units.
     */
    static double[] alternate(int blocks, java.util.function.LongSupplier clock, Runnable a, Runnable b) {
        long spentA = 0;
        long spentB = 0;
        for (int i = 0; i < blocks; i++) {
            for (int k = 0; k < 2; k++) {
                boolean isA = (k == 0) == (i % 2 == 0);
                long t0 = clock.getAsLong();
                (isA ? a : b).run();
                long spent = clock.getAsLong() - t0;
                if (isA) {
                    spentA += spent;
                } else {
                    spentB += spent;
                }
            }
        }
        return new double[] {spentA, spentB};
    }

    /** (highest - lowest) / median of the rounds' values: how far apart the machine let the rounds be. */
    public static double spread(double[] values) {
        double[] sorted = java.util.Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (sorted.length < 2) {
            return 0;
        }
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return (sorted[n - 1] - sorted[0]) / Math.abs(median);
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
