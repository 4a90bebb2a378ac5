package alliancesim.calibrate;

import alliancesim.files.InvalidInputException;

/**
 * How ABC-SMC runs: particles per generation, the most generations, the quantile of the previous
 * generation's distances that sets the next tolerance, and the lowest acceptance rate worth
 * paying for (a generation that would need more than particles / minAcceptance proposals is
 * abandoned and the calibration stops with the generation before it).
 */
public record AbcSettings(int particles, int generations, double quantile, double minAcceptance, long seed,
                          Method method) {
    public static final double DEFAULT_QUANTILE = 0.5;
    public static final double DEFAULT_MIN_ACCEPTANCE = 0.02;
    /** Up to this many parameters `auto` uses importance weights; beyond, MCMC moves. */
    public static final int IMPORTANCE_MAX_PARAMETERS = 10;

    /**
     * How particles move from one tolerance to the next. IMPORTANCE: Toni et al. (2009) with
     * Beaumont et al. (2009) importance weights. MCMC: the replenishment algorithm of Drovandi and
     * Pettitt (2011): the worse half is dropped and refilled from the better half by
     * Metropolis-Hastings moves that keep the ABC posterior at the new tolerance; equal weights.
     * Importance weights degenerate with many parameters (the effective sample of 1,000 particles
     * falls to a few dozen at 20 parameters and a handful at 38, before any rejection), MCMC moves do not.
     */
    public enum Method {
        AUTO, IMPORTANCE, MCMC;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** AUTO resolved for a number of parameters. */
        public Method resolve(int parameters) {
            return this != AUTO ? this : parameters <= IMPORTANCE_MAX_PARAMETERS ? IMPORTANCE : MCMC;
        }
    }

    /** Importance weights (Toni and Beaumont). */
    public AbcSettings(int particles, int generations, double quantile, double minAcceptance, long seed) {
        this(particles, generations, quantile, minAcceptance, seed, Method.IMPORTANCE);
    }

    public AbcSettings {
        if (particles < 2) {
            throw new InvalidInputException("--particles must be at least 2, got " + particles);
        }
        if (generations < 1) {
            throw new InvalidInputException("--generations must be at least 1, got " + generations);
        }
        if (!(quantile > 0 && quantile < 1)) {
            throw new InvalidInputException("the tolerance quantile must be in (0, 1), got " + quantile);
        }
        if (!(minAcceptance > 0 && minAcceptance <= 1)) {
            throw new InvalidInputException("--min-acceptance must be in (0, 1], got " + minAcceptance);
        }
    }

    /** Proposals after which a generation that has not filled its particles is abandoned. */
    long maxProposals() {
        return (long) Math.ceil(particles / minAcceptance);
    }
}
