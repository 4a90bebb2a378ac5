package alliancesim.server;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * What-ifs admitted at once: {@code running} compute, up to {@code waiting} more wait their turn for at
 * most {@code maxWaitMillis}; anything beyond is told at once to try again (503), never left hanging.
 */
final class WorkQueue {
    static final String BUSY = "busy — try again in a moment";

    private final Semaphore admitted;
    private final Semaphore running;
    private final long maxWaitMillis;

    WorkQueue(int running, int waiting, long maxWaitMillis) {
        if (running < 1 || waiting < 0 || maxWaitMillis < 0) {
            throw new IllegalArgumentException("a work queue needs at least one worker and no negative sizes");
        }
        this.admitted = new Semaphore(running + waiting);
        this.running = new Semaphore(running, true);
        this.maxWaitMillis = maxWaitMillis;
    }

    /** Runs {@code work} when a worker is free, or throws a 503 {@link BadRequest} when the queue is full or the wait too long. */
    <T> T run(java.util.function.Supplier<T> work) throws InterruptedException {
        if (!admitted.tryAcquire()) {
            throw new BadRequest(503, BUSY);
        }
        try {
            if (!running.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS)) {
                throw new BadRequest(503, BUSY);
            }
            try {
                return work.get();
            } finally {
                running.release();
            }
        } finally {
            admitted.release();
        }
    }
}
