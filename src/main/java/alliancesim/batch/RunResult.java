package alliancesim.batch;

import alliancesim.model.Trajectory;

/** The outcome of one run: its outputs, or the message of what went wrong. */
public record RunResult(RunKey key, Trajectory trajectory, String failure) {
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
