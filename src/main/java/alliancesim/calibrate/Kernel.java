package alliancesim.calibrate;

/**
 * The perturbation kernel of a generation, in the sampler's logit coordinates z: a multivariate
 * normal centred on a particle with covariance twice the weighted covariance of the previous
 * population (Beaumont, Cornuet, Marin and Robert 2009, Biometrika 96(4)), or another multiple of
 * it for MCMC moves. Filippi, Barnes, Cornebise and Stumpf (2013) propose local covariances (OLCM)
 * that accept more often; the global kernel is simpler and is what is used here. A small diagonal
 * floor keeps it proper when a parameter has collapsed to one value. Densities are computed in
 * whitened coordinates y = L^-1 z, where L L' is the covariance, so each of the N^2 kernel terms
 * costs d operations.
 */
final class Kernel {
    private final double[][] chol;
    private final double[][] whitened;
    private final double[] weights;

    private Kernel(double[][] chol, double[][] whitened, double[] weights) {
        this.chol = chol;
        this.whitened = whitened;
        this.weights = weights;
    }

    /** The kernel around {@code previous}, regularized by {@code floor[k]}^2 on the diagonal. */
    static Kernel of(Population previous, double[] floor) {
        return of(previous, floor, 2.0);
    }

    /** The kernel with covariance {@code scale} x the weighted covariance (plus the floor). */
    static Kernel of(Population previous, double[] floor, double scale) {
        int d = floor.length;
        int n = previous.size();
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                mean[k] += previous.weights()[i] * previous.z()[i][k];
            }
        }
        double[][] cov = new double[d][d];
        for (int i = 0; i < n; i++) {
            double w = previous.weights()[i];
            double[] t = previous.z()[i];
            for (int a = 0; a < d; a++) {
                double da = t[a] - mean[a];
                for (int b = 0; b <= a; b++) {
                    cov[a][b] += w * da * (t[b] - mean[b]);
                }
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = 0; b <= a; b++) {
                cov[a][b] *= scale;
                cov[b][a] = cov[a][b];
            }
            cov[a][a] += floor[a] * floor[a];
        }
        double[][] chol = cholesky(cov);
        double[][] whitened = new double[n][];
        for (int i = 0; i < n; i++) {
            whitened[i] = solveLower(chol, previous.z()[i]);
        }
        return new Kernel(chol, whitened, previous.weights());
    }

    /** theta + L z: a draw around {@code centre} from standard normals {@code z}. */
    double[] perturb(double[] centre, double[] z) {
        int d = centre.length;
        double[] x = centre.clone();
        for (int a = 0; a < d; a++) {
            double s = 0;
            for (int b = 0; b <= a; b++) {
                s += chol[a][b] * z[b];
            }
            x[a] += s;
        }
        return x;
    }

    /**
     * log sum_j w_j exp(-|y - y_j|^2 / 2), the log mixture density of a proposal up to the constant
     * (2 pi)^(-d/2) |L|^-1, which is the same for every particle of a generation and cancels when
     * the weights are normalized. Summed as log-sum-exp: in many dimensions every term can underflow.
     */
    double logMixtureDensity(double[] z) {
        double[] y = solveLower(chol, z);
        double[] terms = new double[whitened.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < whitened.length; j++) {
            double[] yj = whitened[j];
            double q = 0;
            for (int k = 0; k < y.length; k++) {
                double dk = y[k] - yj[k];
                q += dk * dk;
            }
            terms[j] = Math.log(weights[j]) - 0.5 * q;
            max = Math.max(max, terms[j]);
        }
        double s = 0;
        for (double t : terms) {
            s += Math.exp(t - max);
        }
        return max + Math.log(s);
    }

    static double[][] cholesky(double[][] a) {
        int d = a.length;
        double[][] l = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    // The diagonal floor keeps the matrix positive definite; this guards rounding only.
                    l[i][i] = Math.sqrt(Math.max(s, a[i][i] * 1e-12));
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return l;
    }

    private static double[] solveLower(double[][] l, double[] b) {
        int d = b.length;
        double[] y = new double[d];
        for (int i = 0; i < d; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * y[k];
            }
            y[i] = s / l[i][i];
        }
        return y;
    }
}
