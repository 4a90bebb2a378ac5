package alliancesim.calibrate;

/**
 * How ABC-SMC runs: particles per generation, the most generations, the quantile of the previous
 * generation's distances that sets the next tolerance, and the lowest acceptance rate worth
 * paying for (a generation that would need more than particles / minAcceptance proposals is
 * abandoned and the calibration stops with the generation before it).
 */
public record AbcSettings(int particles, int generations, double quantile, double minAcceptance, long seed) {
    public static final double DEFAULT_QUANTILE = 0.5;
    public static final double DEFAULT_MIN_ACCEPTANCE = 0.02;

    public AbcSettings {
        if (particles < 2) {
            throw new IllegalArgumentException("--particles must be at least 2, got " + particles);
        }
        if (generations < 1) {
            throw new IllegalArgumentException("--generations must be at least 1, got " + generations);
        }
        if (!(quantile > 0 && quantile < 1)) {
            throw new IllegalArgumentException("the tolerance quantile must be in (0, 1), got " + quantile);
        }
        if (!(minAcceptance > 0 && minAcceptance <= 1)) {
            throw new IllegalArgumentException("--min-acceptance must be in (0, 1], got " + minAcceptance);
        }
    }

    /** Proposals after which a generation that has not filled its particles is abandoned. */
    long maxProposals() {
        return (long) Math.ceil(particles / minAcceptance);
    }
}
