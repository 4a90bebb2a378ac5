package alliancesim.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The bounded queue: work beyond its places is refused at once with a 503, never left hanging. */
class WorkQueueTest {
    private final ExecutorService other = Executors.newSingleThreadExecutor();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        other.shutdownNow();
    }

    /** Work that holds the queue's only worker until {@link #release}; returns once it runs. */
    private Future<Integer> occupy(WorkQueue queue) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Future<Integer> f = other.submit(() -> queue.run(() -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 1;
        }));
        started.await();
        return f;
    }

    @Test
    void aFullQueueAnswersBusyAtOnce() throws Exception {
        WorkQueue queue = new WorkQueue(1, 0, 60_000);
        Future<Integer> first = occupy(queue);
        BadRequest busy = assertThrows(BadRequest.class, () -> queue.run(() -> 2));
        assertEquals(503, busy.status());
        assertEquals("busy — try again in a moment", busy.getMessage());
        release.countDown();
        assertEquals(1, first.get());
        assertEquals(3, queue.run(() -> 3), "a place is free again");
    }

    @Test
    void aWaitingPlaceThatGetsNoWorkerInTimeIsTold() throws Exception {
        WorkQueue queue = new WorkQueue(1, 1, 0);
        Future<Integer> first = occupy(queue);
        assertEquals(503, assertThrows(BadRequest.class, () -> queue.run(() -> 2)).status());
        release.countDown();
        assertEquals(1, first.get());
    }
}
