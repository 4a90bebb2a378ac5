package alliancesim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Bounded memory by construction: at most two chunks of runs are started and not yet written. */
class ChunkedRunsTest {
    @Test
    void resultsComeInOrderAndNoMoreThanTwoChunksAreInFlight() throws IOException {
        int chunk = 7;
        long total = 1_000;
        long[] submitted = {0};
        long[] written = {0};
        long[] maxInFlight = {0};
        List<Long> chunkEnds = new ArrayList<>();
        ChunkedRuns.run(0, total, chunk, (from, to) -> {
            List<Future<List<RunResult>>> futures = new ArrayList<>();
            for (long first = from; first < to; first += 3) { // batches of three runs, the last one shorter
                List<RunResult> batch = new ArrayList<>();
                for (long i = first; i < Math.min(to, first + 3); i++) {
                    batch.add(RunResult.failed(new RunKey(0, (int) i, i), new Error("x")));
                }
                futures.add(CompletableFuture.completedFuture(batch));
            }
            submitted[0] = to;
            maxInFlight[0] = Math.max(maxInFlight[0], submitted[0] - written[0]);
            return futures;
        }, new ChunkedRuns.Sink<RunResult>() {
            @Override
            public void add(long run, long chunkEnd, RunResult result) {
                assertEquals(written[0], run, "in run order");
                assertEquals(run, result.key().replicate());
                written[0]++;
            }

            @Override
            public void endOfChunk(long to) {
                chunkEnds.add(to);
            }
        });
        assertEquals(total, written[0]);
        assertTrue(maxInFlight[0] <= 2L * chunk, "in flight: " + maxInFlight[0]);
        assertEquals((total + chunk - 1) / chunk, chunkEnds.size());
        assertEquals(total, chunkEnds.get(chunkEnds.size() - 1));
    }
}
