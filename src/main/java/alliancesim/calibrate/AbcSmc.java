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
    /** The kernel's diagonal floor, in z (logit) units: keeps it proper if a parameter collapses to one value. */
    private static final double FLOOR = 1e-3;

    private final DistanceModel model;
    private final double[] lower;
    private final double[] upper;
    private final AbcSettings settings;
    private final ExecutorService pool;
    private final int batch;
    private final AbcSettings.Method method;

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
        this.method = settings.method().resolve(lower.length);
    }

    /** What a calibration ended with and why it stopped. */
    /**
     * The generations kept, why the run stopped, and the simulations of a generation begun and given
     * up for want of acceptances (0 if none). They take their time too: in the shipped calibration
     * they were 150,000 of 495,669, and a rate that left them out read 30 % low.
     */
    public record Result(List<Population> generations, String stopReason, long abandonedSimulations) {
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
            Population last = generations.isEmpty() ? null : generations.get(generations.size() - 1);
            if (method == AbcSettings.Method.MCMC && last != null && last.generation() > 0
                    && last.acceptanceRate() < settings.minAcceptance()) {
                return new Result(generations, "the Metropolis-Hastings moves of generation " + last.generation()
                        + " accepted less than " + settings.minAcceptance() + " of their proposals: stopped there", 0);
            }
            long started = System.nanoTime();
            Optional<Population> next = method == AbcSettings.Method.MCMC && last != null
                    ? Optional.of(replenish(last, generations.size())) : generation(last, generations.size());
            if (next.isEmpty()) {
                // Every one of the maxProposals() proposals was simulated before the generation was given up.
                return new Result(generations, "generation " + generations.size() + " would accept fewer than "
                        + settings.minAcceptance() + " of its proposals (" + settings.maxProposals() + " proposals for "
                        + settings.particles() + " particles): stopped with generation " + (generations.size() - 1),
                        settings.maxProposals());
            }
            generations.add(next.get());
            listener.generationDone(next.get(), (System.nanoTime() - started) / 1e9);
        }
        return new Result(generations, "reached " + settings.generations() + " generations", 0);
    }

    /** The method in use (AUTO resolved for the number of parameters). */
    public AbcSettings.Method method() {
        return method;
    }

    /**
     * A replenishment generation (Drovandi and Pettitt 2011): the new tolerance is the quantile of
     * the current distances; particles within it stay; each other slot restarts from a kept
     * particle picked at random and takes R Metropolis-Hastings steps z* = z + L e (L L' = the kept
     * particles' covariance times min(2, 2.38^2 / d), the random-walk scale of Roberts, Gelman and
     * Gilks 1997: with 2 x in 38 dimensions every step fell where the prior is far thinner), each simulated, moving when the distance is within the tolerance
     * and u < prior(z*) / prior(z). R = log(0.01) / log(1 - p) for the previous generation's move
     * acceptance p (5 after generation 0), so that a particle moves at least once with
     * probability 99 %; at most 50.
     */
    private Population replenish(Population previous, int g) {
        double tolerance = nextTolerance(previous);
        int n = settings.particles();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (previous.distances()[i] <= tolerance) {
                kept.add(i);
            }
        }
        double[][] keptZ = kept.stream().map(i -> previous.z()[i]).toArray(double[][]::new);
        double[] equal = new double[keptZ.length];
        java.util.Arrays.fill(equal, 1.0 / keptZ.length);
        Population survivors = new Population(g, keptZ, keptZ, equal, new double[keptZ.length], tolerance, 0, 0, 0, 0, 0);
        Kernel kernel = Kernel.of(survivors, floor(), Math.min(2.0, 2.38 * 2.38 / lower.length));
        int steps = previous.generation() == 0 ? 5 : stepsFor(previous.acceptanceRate());
        double[][] theta = new double[n][];
        double[][] z = new double[n][];
        double[] distances = new double[n];
        List<Future<double[]>> moves = new ArrayList<>();
        for (int s = kept.size(); s < n; s++) {
            int slot = s;
            moves.add(pool.submit(() -> move(keptZ, kept, previous, kernel, tolerance, g, slot, steps)));
        }
        for (int s = 0; s < kept.size(); s++) {
            z[s] = previous.z()[kept.get(s)];
            theta[s] = previous.theta()[kept.get(s)];
            distances[s] = previous.distances()[kept.get(s)];
        }
        long accepted = 0;
        long simulations = 0;
        for (int s = kept.size(); s < n; s++) {
            double[] r = get(moves.get(s - kept.size()));
            accepted += (long) r[0];
            simulations += (long) r[1];
            distances[s] = r[2];
            z[s] = java.util.Arrays.copyOfRange(r, 3, r.length);
            theta[s] = theta(z[s]);
        }
        double[] weights = new double[n];
        java.util.Arrays.fill(weights, 1.0 / n);
        long proposals = (long) (n - kept.size()) * steps; // the MH steps tried
        return new Population(g, theta, z, weights, distances, tolerance, accepted, proposals, simulations,
                previous.proposalsTotal() + proposals, previous.simulationsTotal() + simulations);
    }

    static int stepsFor(double acceptance) {
        if (acceptance >= 0.99) {
            return 1;
        }
        if (acceptance <= 0) {
            return 50;
        }
        return (int) Math.max(1, Math.min(50, Math.ceil(Math.log(0.01) / Math.log(1 - acceptance))));
    }

    /** One slot's MH chain; returns {moves accepted, simulations, distance, z...}. */
    private double[] move(double[][] keptZ, List<Integer> kept, Population previous, Kernel kernel, double tolerance,
                          int g, int slot, int steps) {
        SplittableRandom rng = new SplittableRandom(SeedDerivation.runSeed(settings.seed() ^ PROPOSAL_SALT, g, slot));
        int start = (int) (rng.nextDouble() * keptZ.length);
        double[] z = keptZ[start];
        double d = previous.distances()[kept.get(start)];
        int accepted = 0;
        int simulations = 0;
        for (int r = 0; r < steps; r++) {
            double[] e = new double[z.length];
            for (int k = 0; k < e.length; k++) {
                e[k] = rng.nextGaussian();
            }
            double[] candidate = kernel.perturb(z, e);
            double u = rng.nextDouble();
            if (Math.log(u) >= logPrior(candidate) - logPrior(z)) {
                continue; // rejected on the prior alone: no simulation needed, but the step counts
            }
            double dc;
            simulations++;
            try {
                dc = model.distance(theta(candidate), SeedDerivation.runSeed(simulationSeed(settings.seed(), g, slot), r, 0));
            } catch (RuntimeException | StackOverflowError ex) {
                dc = Double.POSITIVE_INFINITY;
            }
            if (dc <= tolerance) {
                z = candidate;
                d = dc;
                accepted++;
            }
        }
        double[] out = new double[z.length + 3];
        out[0] = accepted;
        out[1] = simulations;
        out[2] = d;
        System.arraycopy(z, 0, out, 3, z.length);
        return out;
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
        return Optional.of(new Population(g, theta, z, weights, distances, tolerance, n, proposals, simulations,
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
            f[k] = FLOOR; // z is unitless whatever the parameter's range
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
