package alliancesim.batch;

import alliancesim.model.ModelEvent;
import alliancesim.model.Parameters;
import alliancesim.model.Trajectory;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * A simulator that adds up the CPU time its runs take on their own threads, for `bench`: set
 * against the process's CPU time over a sweep, it says what share of the machine the model gets,
 * measured in the same seconds as the bookkeeping. A ratio of two speeds timed minutes apart swung
 * by a fifth here with the machine's own drift; this share does not depend on when it is taken.
 * Reading a thread's CPU clock twice a run costs about a microsecond, counted as bookkeeping.
 */
public final class MeteredSimulator implements Simulator {
    private final Simulator inner;
    private final LongSupplier threadCpuNanos;
    private final LongAdder nanos = new LongAdder();
    private final LongAdder runs = new LongAdder();

    /** Meters with the running thread's CPU clock. */
    public MeteredSimulator(Simulator inner) {
        this(inner, ManagementFactory.getThreadMXBean()::getCurrentThreadCpuTime);
    }

    /** Meters with the given clock of the running thread's CPU time (a test's clock is one it controls). */
    MeteredSimulator(Simulator inner, LongSupplier threadCpuNanos) {
        this.inner = inner;
        this.threadCpuNanos = threadCpuNanos;
    }

    @Override
    public Trajectory simulate(Parameters parameters, List<ModelEvent> events, int months, long seed) {
        long t0 = threadCpuNanos.getAsLong();
        try {
            return inner.simulate(parameters, events, months, seed);
        } finally {
            nanos.add(threadCpuNanos.getAsLong() - t0);
            runs.increment();
        }
    }

    @Override
    public int particle(long seed) {
        return inner.particle(seed);
    }

    /** CPU time the runs took so far, in nanoseconds. */
    public long cpuNanos() {
        return nanos.sum();
    }

    public long runs() {
        return runs.sum();
    }

    /** CPU time this whole Java process has used so far, every thread and the collector's included, in ns. */
    public static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
