package alliancesim.batch;

import alliancesim.files.InvalidInputException;
import alliancesim.model.Output;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Enough replications, planned: replicates are added in batches of a fixed size until the 95 %
 * interval of each named output's mean (for a what-if, of the paired difference) has a half-width
 * no larger than asked, or the maximum is reached. The rule looks only at the results of whole
 * batches in replicate order, so it stops at the same count whatever the thread count.
 *
 * @param targets the largest half-width wanted per output, in the scenario's order of keys
 * @param batch   replicates added each round after the first (the scenario's replications)
 * @param max     replicates never exceeded
 */
public record ReplicationPlan(Map<Output, Double> targets, int batch, int max) {
    public static final int DEFAULT_BATCH = 20;
    public static final int DEFAULT_MAX = 10_000;
    /** Two-sided 95 % intervals, as the report's. */
    public static final double LEVEL = 0.95;

    public ReplicationPlan {
        targets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(targets));
        if (batch < 1) {
            throw new InvalidInputException("the replication batch must be at least 1, got " + batch);
        }
        if (max < 2) {
            throw new InvalidInputException("--max-replications must be at least 2, got " + max);
        }
    }

    /** "front_balance=0.02,shells_transferred=5000" as given to {@code --precision}. */
    public static ReplicationPlan parse(List<String> specs, int batch, int max) {
        Map<Output, Double> targets = new LinkedHashMap<>();
        for (String spec : specs) {
            for (String part : spec.split(",")) {
                String[] kv = part.split("=", 2);
                if (kv.length != 2 || kv[0].isBlank()) {
                    throw new InvalidInputException("--precision " + part + ": write OUTPUT=HALFWIDTH, e.g."
                            + " front_balance=0.02");
                }
                String name = kv[0].trim();
                Output output = Output.byKey(name).orElseThrow(() -> new InvalidInputException("--precision "
                        + part + ": unknown output '" + name + "' (outputs: " + String.join(", ",
                        Output.all().stream().map(Output::key).toList()) + ")"));
                double h;
                try {
                    h = Double.parseDouble(kv[1].trim());
                } catch (NumberFormatException e) {
                    h = Double.NaN;
                }
                if (!(h > 0) || Double.isInfinite(h)) {
                    throw new InvalidInputException("--precision " + part + ": the half-width must be a positive"
                            + " number, got '" + kv[1].trim() + "'");
                }
                targets.put(output, h);
            }
        }
        return new ReplicationPlan(targets, batch, max);
    }

    /** One output's interval when the plan stopped. */
    public record Reached(Output output, double target, double halfWidth, double sd, int n) {
        public boolean met() {
            return halfWidth <= target;
        }
    }

    /** What the plan ran and why it stopped. */
    public record Outcome<T>(List<T> results, List<Reached> reached, boolean maximumReached) {
        public int replications() {
            return results.size();
        }

        public String why() {
            if (!maximumReached) {
                return "every 95 % half-width at or below its target";
            }
            return "stopped at --max-replications with " + String.join(", ", reached.stream().filter(r -> !r.met())
                    .map(r -> r.output().key() + " still at ±" + format(r.halfWidth()) + " for ±" + format(r.target()))
                    .toList());
        }

        /** The manifest's account of the plan. */
        public Map<String, Object> describe(ReplicationPlan plan) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("replications_used", replications());
            m.put("why", why());
            m.put("rule", "batches of " + plan.batch() + " after the scenario's replications, until the 95 % t interval"
                    + " of every target's mean has a half-width at or below the target, at most " + plan.max());
            Map<String, Object> targets = new LinkedHashMap<>();
            for (Reached r : reached) {
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("target_half_width", r.target());
                t.put("half_width", r.halfWidth());
                t.put("sd", r.sd());
                t.put("n", r.n());
                targets.put(r.output().key(), t);
            }
            m.put("targets", targets);
            return m;
        }
    }

    /**
     * Runs {@code first} replicates, then batches, through {@code runBatch.apply(firstReplicate, count)};
     * {@code sample.apply(results, output)} gives the values whose mean must be precise (final values
     * of successful runs, or paired differences).
     */
    public <T> Outcome<T> run(int first, BiFunction<Integer, Integer, List<T>> runBatch,
                              BiFunction<List<T>, Output, double[]> sample) {
        List<T> results = new ArrayList<>(runBatch.apply(0, Math.min(Math.max(2, first), max)));
        while (true) {
            List<Reached> reached = new ArrayList<>();
            boolean all = true;
            for (Map.Entry<Output, Double> t : targets.entrySet()) {
                double[] x = sample.apply(results, t.getKey());
                double sd = sd(x);
                double h = halfWidth(x.length, sd);
                reached.add(new Reached(t.getKey(), t.getValue(), h, sd, x.length));
                all &= h <= t.getValue();
            }
            if (all || results.size() >= max) {
                return new Outcome<>(results, reached, !all);
            }
            results.addAll(runBatch.apply(results.size(), Math.min(batch, max - results.size())));
        }
    }

    /** t(0.975, n - 1) * sd / sqrt(n); infinite below two values (no interval yet). */
    static double halfWidth(int n, double sd) {
        if (n < 2) {
            return Double.POSITIVE_INFINITY;
        }
        return new TDistribution(null, n - 1).inverseCumulativeProbability(0.5 + LEVEL / 2) * sd / Math.sqrt(n);
    }

    private static double sd(double[] x) {
        if (x.length < 2) {
            return Double.NaN;
        }
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / (x.length - 1));
    }

    static String format(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
