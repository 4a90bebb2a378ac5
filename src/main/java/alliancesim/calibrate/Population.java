package alliancesim.calibrate;

/**
 * One ABC-SMC generation's particles: parameter vectors (and the same in the unbounded coordinates
 * z = logit((theta - min) / (max - min)) that the sampler moves in), normalized importance weights and the
 * distance each particle's own simulation gave, with the tolerance it was accepted under and the
 * proposals and simulations it took (cumulative counts over the calibration so far).
 */
public record Population(int generation, double[][] theta, double[][] z, double[] weights, double[] distances,
                         double tolerance, long proposals, long simulations, long proposalsTotal, long simulationsTotal) {

    public int size() {
        return theta.length;
    }

    /** Accepted particles / proposals of this generation. */
    public double acceptanceRate() {
        return proposals == 0 ? 0 : (double) size() / proposals;
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
