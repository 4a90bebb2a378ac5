package alliancesim.batch;

import alliancesim.model.ModelEvent;
import alliancesim.model.Parameters;
import alliancesim.model.Trajectory;
import java.util.List;

/** The outcome of one run: its outputs, or the message of what went wrong. */
public record RunResult(RunKey key, Trajectory trajectory, String failure) {
    /**
     * Runs the simulator for {@code key}. Whatever one run throws is that run's failure, recorded
     * with its seed so it can be replayed, and the other runs go on: an exception, an assertion, a
     * stack overflow, a class that failed to initialise. Only a JVM-wide emergency (out of memory,
     * an internal error: every other {@link VirtualMachineError}) is not one run's fault and stops the job.
     */
    public static RunResult of(RunKey key, Simulator simulator, Parameters parameters, List<ModelEvent> events,
                               int months) {
        try {
            return ok(key, simulator.simulate(parameters, events, months, key.seed()));
        } catch (StackOverflowError e) {
            return failed(key, e);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) { // NOPMD: a run's failure of any kind is recorded, not thrown
            return failed(key, e);
        }
    }

    public static RunResult ok(RunKey key, Trajectory trajectory) {
        return new RunResult(key, trajectory, null);
    }

    public static RunResult failed(RunKey key, Throwable error) {
        String message = error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        // One line, so runs.csv stays one row per run for line-based tools (and merge).
        return new RunResult(key, null, message.replaceAll("\\s+", " ").strip());
    }

    public boolean isOk() {
        return failure == null;
    }

    public String status() {
        return isOk() ? "ok" : "failed";
    }
}
