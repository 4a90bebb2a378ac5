package alliancesim.batch;

import alliancesim.model.ModelEvent;
import alliancesim.model.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs the replicates of one design point on a thread pool. Results come back in replicate
 * order whatever the threads did, so everything computed from them is thread-count independent.
 * A replicate that throws is recorded as failed; the others complete.
 */
public final class ReplicationRunner {
    private final int threads;
    private final Simulator simulator;

    public ReplicationRunner(int threads, Simulator simulator) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.simulator = simulator;
    }

    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public List<RunResult> run(int point, Parameters parameters, List<ModelEvent> events, int months,
                               long scenarioSeed, int replications, IntConsumer onDone) {
        return run(point, parameters, events, months, scenarioSeed, 0, replications, onDone);
    }

    /** Replicates {@code first} .. {@code first + replications - 1}: a batch of a planned run. */
    public List<RunResult> run(int point, Parameters parameters, List<ModelEvent> events, int months,
                               long scenarioSeed, int first, int replications, IntConsumer onDone) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, replications)));
        try {
            List<Future<RunResult>> futures = new ArrayList<>(replications);
            for (int r = first; r < first + replications; r++) {
                RunKey key = new RunKey(point, r, SeedDerivation.runSeed(scenarioSeed, point, r));
                futures.add(pool.submit(() -> {
                    RunResult result = runOne(key, parameters, events, months);
                    onDone.accept(key.replicate());
                    return result;
                }));
            }
            List<RunResult> results = new ArrayList<>(replications);
            for (Future<RunResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running replicates", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("replicate runner failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private RunResult runOne(RunKey key, Parameters parameters, List<ModelEvent> events, int months) {
        try {
            return RunResult.ok(key, simulator.simulate(parameters, events, months, key.seed()));
        } catch (RuntimeException | StackOverflowError e) {
            return RunResult.failed(key, e);
        }
    }
}
