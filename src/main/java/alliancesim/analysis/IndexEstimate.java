package alliancesim.analysis;

/**
 * One sensitivity index of one factor estimated from the first {@code samples} base samples (Sobol)
 * or trajectories (Morris), with its bootstrap 95 % interval.
 */
public record IndexEstimate(String factor, String index, int samples, double estimate, double low, double high) {
    public double halfWidth() {
        return (high - low) / 2;
    }
}
