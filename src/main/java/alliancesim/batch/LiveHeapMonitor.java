package alliancesim.batch;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live heap while something runs: every few seconds a full collection, then the heap in use,
 * and the largest of those. A heap's peak before collection says how far the collector let garbage
 * pile up (it follows the allocation rate); after a young collection, old garbage is still
 * counted. Only after a full collection is what is left what the work really keeps alive.
 * Each sample stops the application for the collection (tens of milliseconds with a 40 MB live
 * heap on 2 cores): once a second that was 3 to 5 % of a sweep's time, a cost of the measuring,
 * not of the sweep, so samples are {@link #PERIOD_SECONDS} apart. The largest sample grows with
 * the number of samples taken even when the heap does not (a longer sweep draws more often from
 * the same ups and downs of work in flight), so the median is kept too: it is the figure to
 * compare between a short and a long sweep.
 */
public final class LiveHeapMonitor implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong largest = new AtomicLong();
    private final AtomicLong samples = new AtomicLong();
    private final java.util.concurrent.ConcurrentLinkedQueue<Long> sampled = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-heap-monitor");
        t.setDaemon(true);
        return t;
    });

    /** Seconds between samples. */
    public static final int PERIOD_SECONDS = 2;

    public LiveHeapMonitor() {
        sampler.scheduleAtFixedRate(this::sample, 1, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    private void sample() {
        System.gc();
        long used = memory.getHeapMemoryUsage().getUsed();
        largest.accumulateAndGet(used, Math::max);
        sampled.add(used);
        samples.incrementAndGet();
    }

    /** The largest live heap sampled so far, in MiB. */
    public double largestLiveMiB() {
        return largest.get() / (1024.0 * 1024.0);
    }

    /** The median of the live heap's samples so far, in MiB (NaN before the first). */
    public double medianLiveMiB() {
        double[] mib = sampled.stream().mapToDouble(b -> b / (1024.0 * 1024.0)).toArray();
        return alliancesim.stats.Summary.of(mib).p50();
    }

    public long samples() {
        return samples.get();
    }

    @Override
    public void close() {
        sampler.shutdownNow();
        try {
            sampler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
