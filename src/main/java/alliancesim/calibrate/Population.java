package alliancesim.calibrate;

/**
 * One ABC-SMC generation's particles: parameter vectors (and the same in the unbounded coordinates
 * z = logit((theta - min) / (max - min)) that the sampler moves in), normalized importance weights and the
 * distance each particle's own simulation gave, with the tolerance it was accepted under and the
 * proposals and simulations it took (cumulative counts over the calibration so far).
 */
public record Population(int generation, double[][] theta, double[][] z, double[] weights, double[] distances,
                         double tolerance, long accepted, long proposals, long simulations, long proposalsTotal,
                         long simulationsTotal) {

    public int size() {
        return theta.length;
    }

    /** Accepted proposals / proposals of this generation (for MCMC moves: moves made / steps tried). */
    public double acceptanceRate() {
        return proposals == 0 ? 0 : (double) accepted / proposals;
    }

    /** Distinct parameter vectors (MCMC refills start as copies of kept particles; some never move). */
    public long unique() {
        return java.util.Arrays.stream(z).map(java.util.Arrays::toString).distinct().count();
    }

    /** Kish's effective sample size, 1 / sum of squared normalized weights. */
    public double ess() {
        double s = 0;
        for (double w : weights) {
            s += w * w;
        }
        return 1 / s;
    }
}
