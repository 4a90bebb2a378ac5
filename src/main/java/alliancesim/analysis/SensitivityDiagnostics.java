package alliancesim.analysis;

import alliancesim.stats.MorrisIndices;
import alliancesim.stats.SobolIndices;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * Whether a sweep's sensitivity indices can be trusted: each index estimated on the first 1/8,
 * 1/4, 1/2 and all of the base samples (its convergence), flags for estimates that cannot be
 * right or cannot be ranked, and the number of base samples an interval of a stated width needs.
 *
 * <p>Flags: {@code negative} (the whole interval below 0: an index is a non-negative share or
 * mean), {@code above 1} (a Sobol estimate above 1, more than all the variance), {@code S1 > ST}
 * (the first-order interval wholly above the total one, impossible in the model), and
 * {@code too wide to rank}: the half-width exceeds {@link #WIDE} of the scale (0.1 of the variance
 * for Sobol, 0.1 of the largest mu* for Morris), or the interval of the ranking index (ST, mu*)
 * overlaps that of the factor ranked next while both matter (at least {@link #MATTERS} of the scale).
 */
public final class SensitivityDiagnostics {
    public static final double WIDE = 0.1;
    public static final double MATTERS = 0.05;
    /** The interval the report plans for: ±0.05 of the scale. */
    public static final double TARGET_HALF_WIDTH = 0.05;
    /** The smallest subsample worth estimating on. */
    private static final int MIN_SAMPLES = 4;

    private SensitivityDiagnostics() {
    }

    /** The subsample sizes: N/8, N/4, N/2 (those of at least 4) and N. */
    public static int[] sizes(int n) {
        List<Integer> out = new ArrayList<>();
        for (int d = 8; d > 1; d /= 2) {
            if (n / d >= MIN_SAMPLES) {
                out.add(n / d);
            }
        }
        out.add(n);
        return out.stream().mapToInt(Integer::intValue).distinct().toArray();
    }

    /** S1 and ST of every factor at every subsample size (the rows of a Saltelli design's A, B and AB_i). */
    public static List<IndexEstimate> sobol(List<String> factors, double[] fA, double[] fB, double[][] fAB, int bootstrap,
                                            long seed) {
        List<IndexEstimate> out = new ArrayList<>();
        for (int n : sizes(fA.length)) {
            double[][] ab = new double[fAB.length][];
            for (int i = 0; i < ab.length; i++) {
                ab[i] = Arrays.copyOf(fAB[i], n);
            }
            SobolIndices.Index[] idx = SobolIndices.estimate(Arrays.copyOf(fA, n), Arrays.copyOf(fB, n), ab, bootstrap, seed);
            for (int i = 0; i < factors.size(); i++) {
                SobolIndices.Index x = idx[i];
                out.add(new IndexEstimate(factors.get(i), "S1", n, x.s1(), x.s1Low(), x.s1High()));
                out.add(new IndexEstimate(factors.get(i), "ST", n, x.st(), x.stLow(), x.stHigh()));
            }
        }
        return out;
    }

    /**
     * mu*, mu and sigma of every factor at every subsample size of trajectories, with intervals from a
     * bootstrap over trajectories. {@code effects[trajectory][factor]} holds that factor's elementary
     * effects in that trajectory (one each in a standard Morris design).
     */
    public static List<IndexEstimate> morris(List<String> factors, double[][][] effects, int bootstrap, long seed) {
        List<IndexEstimate> out = new ArrayList<>();
        for (int n : sizes(effects.length)) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            double[][][] boot = new double[factors.size()][3][bootstrap];
            MersenneTwister random = new MersenneTwister(seed);
            int[] rows = new int[n];
            for (int b = 0; b < bootstrap; b++) {
                for (int r = 0; r < n; r++) {
                    rows[r] = random.nextInt(n);
                }
                for (int j = 0; j < factors.size(); j++) {
                    MorrisIndices m = MorrisIndices.of(pick(effects, rows, j));
                    boot[j][0][b] = m.muStar();
                    boot[j][1][b] = m.mu();
                    boot[j][2][b] = m.sigma();
                }
            }
            for (int j = 0; j < factors.size(); j++) {
                MorrisIndices m = MorrisIndices.of(pick(effects, all, j));
                double[] point = {m.muStar(), m.mu(), m.sigma()};
                String[] names = {"mu_star", "mu", "sigma"};
                for (int s = 0; s < 3; s++) {
                    double[] sorted = boot[j][s].clone();
                    Arrays.sort(sorted);
                    out.add(new IndexEstimate(factors.get(j), names[s], n, point[s],
                            alliancesim.stats.Summary.quantile(sorted, 0.025), alliancesim.stats.Summary.quantile(sorted, 0.975)));
                }
            }
        }
        return out;
    }

    private static double[] pick(double[][][] effects, int[] rows, int j) {
        int count = 0;
        for (int r : rows) {
            count += effects[r][j].length;
        }
        double[] out = new double[count];
        int i = 0;
        for (int r : rows) {
            for (double e : effects[r][j]) {
                out[i++] = e;
            }
        }
        return out;
    }

    /** The estimates on all the samples (the last subsample size). */
    public static List<IndexEstimate> finals(List<IndexEstimate> convergence) {
        int n = convergence.stream().mapToInt(IndexEstimate::samples).max().orElse(0);
        return convergence.stream().filter(e -> e.samples() == n).toList();
    }

    /**
     * The scale an index is read on: 1 (a share of variance) for Sobol, the largest mu* for Morris,
     * whose indices are in the output's units.
     */
    public static double scale(List<IndexEstimate> finals) {
        boolean morris = finals.stream().anyMatch(e -> e.index().equals("mu_star"));
        if (!morris) {
            return 1;
        }
        double max = finals.stream().filter(e -> e.index().equals("mu_star")).mapToDouble(IndexEstimate::estimate).max()
                .orElse(0);
        return max > 0 ? max : 1;
    }

    /** The index factors are ranked by: ST for Sobol, mu* for Morris. */
    public static String rankingIndex(List<IndexEstimate> finals) {
        return finals.stream().anyMatch(e -> e.index().equals("mu_star")) ? "mu_star" : "ST";
    }

    /** Flags per estimate, keyed "factor/index", in the order of {@code finals}; an empty list when none. */
    public static Map<String, List<String>> flags(List<IndexEstimate> finals) {
        double scale = scale(finals);
        String ranking = rankingIndex(finals);
        Map<String, List<String>> out = new LinkedHashMap<>();
        Map<String, IndexEstimate> byKey = new TreeMap<>();
        for (IndexEstimate e : finals) {
            out.put(key(e), new ArrayList<>());
            byKey.put(key(e), e);
        }
        for (IndexEstimate e : finals) {
            List<String> f = out.get(key(e));
            boolean hasInterval = !Double.isNaN(e.low());
            if (hasInterval && e.high() < 0 && !e.index().equals("mu")) {
                f.add("negative");
            }
            if ((e.index().equals("S1") || e.index().equals("ST")) && e.estimate() > 1) {
                f.add("above 1");
            }
            if (e.index().equals("S1")) {
                IndexEstimate st = byKey.get(e.factor() + "/ST");
                if (st != null && e.low() > st.high()) {
                    f.add("S1 > ST");
                }
            }
            if (hasInterval && !e.index().equals("mu") && e.halfWidth() > WIDE * scale) {
                f.add("too wide to rank");
            }
        }
        List<IndexEstimate> ranked = finals.stream().filter(e -> e.index().equals(ranking))
                .sorted(Comparator.comparingDouble((IndexEstimate e) -> -e.estimate()).thenComparing(IndexEstimate::factor))
                .toList();
        for (int i = 0; i + 1 < ranked.size(); i++) {
            IndexEstimate a = ranked.get(i);
            IndexEstimate b = ranked.get(i + 1);
            boolean bothMatter = a.estimate() >= MATTERS * scale && b.estimate() >= MATTERS * scale;
            if (bothMatter && a.low() <= b.high()) {
                for (IndexEstimate e : List.of(a, b)) {
                    if (!out.get(key(e)).contains("too wide to rank")) {
                        out.get(key(e)).add("too wide to rank");
                    }
                }
            }
        }
        return out;
    }

    public static String key(IndexEstimate e) {
        return e.factor() + "/" + e.index();
    }

    /**
     * Samples needed for every interval (S1 and ST; mu* for Morris) to be at most {@code halfWidth}
     * wide on each side: the widest half-width at each subsample size is fitted as c / sqrt(n)
     * (least squares on the logarithms with the slope fixed at -1/2), and n = (c / halfWidth)^2,
     * rounded up. NaN when no interval is known.
     */
    public static double samplesNeeded(List<IndexEstimate> convergence, double halfWidth) {
        Map<Integer, Double> widest = new TreeMap<>();
        for (IndexEstimate e : convergence) {
            if (e.index().equals("mu") || e.index().equals("sigma") || Double.isNaN(e.low())) {
                continue;
            }
            widest.merge(e.samples(), e.halfWidth(), Math::max);
        }
        if (widest.isEmpty()) {
            return Double.NaN;
        }
        double logC = 0;
        for (Map.Entry<Integer, Double> w : widest.entrySet()) {
            logC += Math.log(w.getValue()) + 0.5 * Math.log(w.getKey());
        }
        double c = Math.exp(logC / widest.size());
        return Math.ceil(c * c / (halfWidth * halfWidth));
    }
}
