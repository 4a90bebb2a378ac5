package alliancesim.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.LongFunction;

/**
 * Runs [from, total) in chunks on a pool and hands every result to a sink in run order, whatever
 * order the threads finished in: while one chunk is written, the next one runs. Memory holds two
 * chunks, whatever the number of runs. Runs go to the pool in batches of {@link #BATCH}: a task
 * a run cost the queue's locks and a wake-up a run, a few microseconds against a run's forty.
 * Shared by `run` (one point) and `sweep` (many).
 */
final class ChunkedRuns {
    /** Consecutive runs in one task: about a millisecond of work, and still 64 tasks a 1,024-run chunk. */
    static final int BATCH = 16;

    /** Starts runs [from, to) and returns, in order, the futures of consecutive batches of their results. */
    @FunctionalInterface
    interface Submitter<T> {
        List<Future<List<T>>> submit(long from, long to);
    }

    /** Receives the results in order, each with the end of its chunk, and the end of each chunk once written. */
    interface Sink<T> {
        void add(long run, long chunkEnd, T result) throws IOException;

        void endOfChunk(long to) throws IOException;
    }

    private ChunkedRuns() {
    }

    static <T> void run(long from, long total, int runsPerChunk, Submitter<T> submitter, Sink<T> sink)
            throws IOException {
        List<Future<List<T>>> running = submitter.submit(from, Math.min(total, from + runsPerChunk));
        while (from < total) {
            long to = Math.min(total, from + runsPerChunk);
            List<Future<List<T>>> next = submitter.submit(to, Math.min(total, to + runsPerChunk));
            // Waiting once, for the chunk's last batch (the pool takes tasks in order), rather than
            // for each in turn: a writer that keeps up with the runs would otherwise be parked
            // and woken again and again.
            result(running.get(running.size() - 1));
            long i = from;
            for (Future<List<T>> batch : running) {
                for (T r : result(batch)) {
                    sink.add(i++, to, r);
                }
            }
            if (i != to) {
                throw new IllegalStateException("runs " + from + ".." + to + " gave " + (i - from) + " results");
            }
            sink.endOfChunk(to);
            from = to;
            running = next;
        }
    }

    /** Starts runs [from, to) on the pool, {@link #BATCH} consecutive runs a task. */
    static <T> List<Future<List<T>>> inBatches(ExecutorService pool, long from, long to, LongFunction<T> run) {
        List<Future<List<T>>> batches = new ArrayList<>((int) ((to - from + BATCH - 1) / BATCH));
        for (long first = from; first < to; first += BATCH) {
            long start = first;
            long end = Math.min(to, first + BATCH);
            batches.add(pool.submit(() -> {
                List<T> results = new ArrayList<>((int) (end - start));
                for (long i = start; i < end; i++) {
                    results.add(run.apply(i));
                }
                return results;
            }));
        }
        return batches;
    }

    static <T> T result(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("runs interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error; // a JVM-wide emergency (RunResult.of records every other failure)
            }
            throw new IllegalStateException("runner failed: " + e.getCause(), e.getCause());
        }
    }
}
