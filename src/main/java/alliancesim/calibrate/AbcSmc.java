package alliancesim.calibrate;

import alliancesim.batch.SeedDerivation;
import alliancesim.stats.Summary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * ABC-SMC (Toni, Welch, Strelkowa, Ipsen and Stumpf 2009) with uniform priors, the adaptive
 * tolerance of Beaumont et al. (2009) / Del Moral et al. (2012) — each generation's tolerance is a
 * quantile (the median by default) of the previous generation's accepted distances — and the
 * weighted-covariance Gaussian kernel of {@link Kernel}.
 *
 * <p>The sampler moves in unbounded coordinates z_k = logit((theta_k - min_k) / (max_k - min_k)),
 * where the uniform prior has density prod u_k (1 - u_k), u = logistic(z). In the box itself a
 * Gaussian kernel sends most proposals outside the prior once there are a few dozen parameters
 * (about 0.7^d of them land inside), and each must be redrawn; in z every proposal is a valid
 * parameter vector. The posterior is the same distribution, only described in other coordinates.
 * Generation 0 draws the particles from the prior with an infinite tolerance. Generation g >= 1
 * proposes z* = z_j + L e with j drawn by weight, simulates it once with its own seed, accepts it
 * if its distance is at most the tolerance, with weight prior(z*) / sum_j w_j K(z* | z_j).
 *
 * <p>Deterministic whatever the threads: proposal i of generation g draws from a stream seeded
 * by (seed, g, i) and its simulation from another seeded by the same, so its outcome does not
 * depend on when or where it runs; proposals are accepted in index order until the generation is
 * full. Proposals run in batches on the pool; those past the last accepted one are discarded.
 */
public final class AbcSmc {
    /** Salts that separate the proposal streams from the model's run seeds. */
    private static final long PROPOSAL_SALT = 0x5A17_AB0C_0000_0001L;
    private static final long SIMULATION_SALT = 0x5A17_AB0C_0000_0002L;
    /** The kernel's diagonal floor: this fraction of each prior's width. */
    private static final double FLOOR = 1e-4;

    private final DistanceModel model;
    private final double[] lower;
    private final double[] upper;
    private final AbcSettings settings;
    private final ExecutorService pool;
    private final int batch;

    /** Called after each generation, before the next starts: commit it to disk, report progress. */
    public interface Listener {
        void generationDone(Population population, double seconds);
    }

    public AbcSmc(DistanceModel model, double[] lower, double[] upper, AbcSettings settings, ExecutorService pool,
                  int threads) {
        if (lower.length != upper.length || lower.length == 0) {
            throw new IllegalArgumentException("priors need as many lower as upper bounds, at least one");
        }
        for (int k = 0; k < lower.length; k++) {
            if (!(lower[k] < upper[k])) {
                throw new IllegalArgumentException("prior " + k + ": lower bound must be below upper bound");
            }
        }
        this.model = model;
        this.lower = lower.clone();
        this.upper = upper.clone();
        this.settings = settings;
        this.pool = pool;
        // Large enough to keep the threads busy, small enough to waste little past the last acceptance.
        this.batch = Math.max(64, 16 * threads);
    }

    /** What a calibration ended with and why it stopped. */
    public record Result(List<Population> generations, String stopReason) {
        public Population last() {
            return generations.get(generations.size() - 1);
        }
    }

    /**
     * Runs generations after {@code done} (the committed ones of a resumed calibration, empty for a
     * fresh one) until {@link AbcSettings#generations()} are done or acceptance falls below the floor.
     */
    public Result run(List<Population> done, Listener listener) {
        List<Population> generations = new ArrayList<>(done);
        while (generations.size() < settings.generations()) {
            long started = System.nanoTime();
            Optional<Population> next = generation(generations.isEmpty() ? null : generations.get(generations.size() - 1),
                    generations.size());
            if (next.isEmpty()) {
                return new Result(generations, "generation " + generations.size() + " would accept fewer than "
                        + settings.minAcceptance() + " of its proposals (" + settings.maxProposals() + " proposals for "
                        + settings.particles() + " particles): stopped with generation " + (generations.size() - 1));
            }
            generations.add(next.get());
            listener.generationDone(next.get(), (System.nanoTime() - started) / 1e9);
        }
        return new Result(generations, "reached " + settings.generations() + " generations");
    }

    /** The tolerance of the generation after {@code p}: the settings' quantile of its distances. */
    public double nextTolerance(Population p) {
        double[] d = p.distances().clone();
        Arrays.sort(d);
        return Summary.quantile(d, settings.quantile());
    }

    private Optional<Population> generation(Population previous, int g) {
        double tolerance = previous == null ? Double.POSITIVE_INFINITY : nextTolerance(previous);
        Proposer proposer = previous == null ? null : new Proposer(previous, Kernel.of(previous, floor()));
        int n = settings.particles();
        double[][] theta = new double[n][];
        double[][] z = new double[n][];
        double[] logWeights = new double[n];
        double[] distances = new double[n];
        int accepted = 0;
        long proposals = 0;
        long simulations = 0;
        long limit = settings.maxProposals();
        while (accepted < n) {
            if (proposals >= limit) {
                return Optional.empty();
            }
            long from = proposals;
            int size = (int) Math.min(batch, limit - from);
            List<Future<Proposal>> futures = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                long index = from + i;
                futures.add(pool.submit(() -> propose(proposer, g, index)));
            }
            for (int i = 0; i < size && accepted < n; i++) {
                Proposal p = get(futures.get(i));
                proposals++;
                simulations++;
                if (Double.isFinite(p.distance()) && p.distance() <= tolerance) {
                    theta[accepted] = p.theta();
                    z[accepted] = p.z();
                    distances[accepted] = p.distance();
                    logWeights[accepted] = previous == null ? 0.0
                            : logPrior(p.z()) - proposer.kernel().logMixtureDensity(p.z());
                    accepted++;
                }
            }
            for (Future<Proposal> f : futures) {
                f.cancel(false); // the ones past the last acceptance are not needed
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double lw : logWeights) {
            max = Math.max(max, lw);
        }
        double[] weights = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = Math.exp(logWeights[i] - max);
            total += weights[i];
        }
        for (int i = 0; i < n; i++) {
            weights[i] /= total;
        }
        long proposalsTotal = (previous == null ? 0 : previous.proposalsTotal()) + proposals;
        long simulationsTotal = (previous == null ? 0 : previous.simulationsTotal()) + simulations;
        return Optional.of(new Population(g, theta, z, weights, distances, tolerance, proposals, simulations,
                proposalsTotal, simulationsTotal));
    }

    private record Proposal(double[] theta, double[] z, double distance) {
    }

    /** Draws a particle by weight and perturbs it. */
    private record Proposer(Population previous, Kernel kernel) {
        double[] propose(SplittableRandom rng) {
            int j = Posterior.pick(previous.weights(), rng.nextDouble());
            double[] e = new double[previous.z()[j].length];
            for (int k = 0; k < e.length; k++) {
                e[k] = rng.nextGaussian();
            }
            return kernel.perturb(previous.z()[j], e);
        }
    }

    private Proposal propose(Proposer proposer, int g, long index) {
        SplittableRandom rng = new SplittableRandom(SeedDerivation.runSeed(settings.seed() ^ PROPOSAL_SALT, g, index));
        double[] z;
        if (proposer == null) {
            z = new double[lower.length];
            for (int k = 0; k < z.length; k++) {
                double u = ((rng.nextLong() >>> 11) + 0.5) * 0x1.0p-53; // uniform on (0, 1), never 0 or 1
                z[k] = Math.log(u / (1 - u));
            }
        } else {
            z = proposer.propose(rng);
        }
        double[] theta = theta(z);
        double d;
        try {
            d = model.distance(theta, simulationSeed(settings.seed(), g, index));
        } catch (RuntimeException | StackOverflowError e) {
            d = Double.POSITIVE_INFINITY; // a run that fails is rejected, never accepted
        }
        return new Proposal(theta, z, Double.isNaN(d) ? Double.POSITIVE_INFINITY : d);
    }

    /** The parameter vector at unbounded coordinates z: min + (max - min) / (1 + exp(-z)). */
    public double[] theta(double[] z) {
        double[] t = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            t[k] = lower[k] + (upper[k] - lower[k]) / (1 + Math.exp(-z[k]));
        }
        return t;
    }

    /**
     * log of the uniform prior's density in z coordinates, up to a constant: a uniform u = logistic(z)
     * has density u (1 - u) = exp(-softplus(-z) - softplus(z)).
     */
    static double logPrior(double[] z) {
        double s = 0;
        for (double v : z) {
            s -= softplus(v) + softplus(-v);
        }
        return s;
    }

    private static double softplus(double x) {
        return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
    }

    /** The seed of proposal {@code index}'s simulation in generation {@code g}. */
    static long simulationSeed(long seed, int g, long index) {
        return SeedDerivation.runSeed(seed ^ SIMULATION_SALT, g, index);
    }

    private double[] floor() {
        double[] f = new double[lower.length];
        for (int k = 0; k < f.length; k++) {
            f[k] = FLOOR * (upper[k] - lower[k]);
        }
        return f;
    }

    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("calibration interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("calibration worker failed: " + e.getCause(), e.getCause());
        }
    }
}
