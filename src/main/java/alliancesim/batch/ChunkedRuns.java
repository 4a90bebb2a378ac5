package alliancesim.batch;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Runs [from, total) in chunks on a pool and hands every result to a sink in run order, whatever
 * order the threads finished in: while one chunk is written, the next one runs. Memory holds two
 * chunks, whatever the number of runs. Shared by `run` (one point) and `sweep` (many).
 */
final class ChunkedRuns {
    /** Starts runs [from, to) and returns their futures in order. */
    @FunctionalInterface
    interface Submitter<T> {
        List<Future<T>> submit(long from, long to);
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
        List<Future<T>> running = submitter.submit(from, Math.min(total, from + runsPerChunk));
        while (from < total) {
            long to = Math.min(total, from + runsPerChunk);
            List<Future<T>> next = submitter.submit(to, Math.min(total, to + runsPerChunk));
            // Waiting once, for the chunk's last run (the pool takes runs in order), rather than
            // for each run in turn: a writer that keeps up with the runs would otherwise be parked
            // and woken once a run, which cost more than writing the run.
            result(running.get(running.size() - 1));
            for (long i = from; i < to; i++) {
                sink.add(i, to, result(running.get((int) (i - from))));
            }
            sink.endOfChunk(to);
            from = to;
            running = next;
        }
    }

    private static <T> T result(Future<T> future) {
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
