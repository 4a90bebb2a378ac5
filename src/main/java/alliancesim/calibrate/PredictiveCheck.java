package alliancesim.calibrate;

import alliancesim.batch.SeedDerivation;
import alliancesim.batch.Simulator;
import alliancesim.files.AtomicFiles;
import alliancesim.model.Parameters;
import alliancesim.model.Trajectory;
import alliancesim.scenario.Cutoff;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.Target;
import alliancesim.stats.NumberText;
import alliancesim.stats.Summary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Prior- and posterior-predictive checks, with fresh simulations: {@code draws} parameter vectors
 * from the uniform priors, and {@code draws} drawn by weight from the final population, each run
 * once on its own seed (not the seed it was accepted on, which would flatter the fit). Writes
 * fit.csv (every target, fit and holdout: observed value, prior- and posterior-predictive mean
 * and 90 % interval, whether the observed value is inside the posterior one), predictive.csv (the
 * fan of each target series) and parameters.csv (prior against posterior of each parameter).
 */
public final class PredictiveCheck {
    public static final String FIT = "fit.csv";
    public static final String PREDICTIVE = "predictive.csv";
    public static final String PARAMETERS = "parameters.csv";
    /** A parameter is "constrained" when its posterior sd is below this fraction of its prior sd. */
    public static final double CONSTRAINED = 0.5;
    private static final long PRIOR_SALT = 0x5A17_AB0C_0000_0010L;
    private static final long POSTERIOR_SALT = 0x5A17_AB0C_0000_0011L;

    private final Simulator simulator;
    private final ExecutorService pool;

    public PredictiveCheck(Simulator simulator, ExecutorService pool) {
        this.simulator = simulator;
        this.pool = pool;
    }

    private record Draw(double[] stats, double[][] series) {
    }

    /** Runs both checks and writes the three files; returns the simulations run. */
    public long write(Path folder, Scenario s, Priors priors, Population posterior, List<Target> targets, Cutoff cutoff,
                      long seed, int draws) {
        List<TargetSeries> series = new ArrayList<>(new java.util.LinkedHashSet<>(targets.stream().map(TargetSeries::of).toList()));
        List<Draw> prior = run(s, priors, null, targets, series, seed ^ PRIOR_SALT, draws);
        List<Draw> post = run(s, priors, posterior, targets, series, seed ^ POSTERIOR_SALT, draws);
        writeFit(folder.resolve(FIT), s, targets, cutoff, series, prior, post);
        // prior first, then posterior: a Map.of's order changes from one JVM to the next, and so did the file's
        Map<String, List<Draw>> kinds = new LinkedHashMap<>();
        kinds.put("prior", prior);
        kinds.put("posterior", post);
        writeSeries(folder.resolve(PREDICTIVE), s, series, kinds);
        writeParameters(folder.resolve(PARAMETERS), priors, posterior);
        return 2L * draws;
    }

    private List<Draw> run(Scenario s, Priors priors, Population posterior, List<Target> targets,
                           List<TargetSeries> series, long streamSeed, int draws) {
        Parameters base = s.parameters();
        double[] lo = priors.lower();
        double[] hi = priors.upper();
        List<Future<Draw>> futures = new ArrayList<>(draws);
        for (int i = 0; i < draws; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                SplittableRandom rng = new SplittableRandom(SeedDerivation.runSeed(streamSeed, 0, index));
                double[] theta;
                if (posterior == null) {
                    theta = new double[lo.length];
                    for (int k = 0; k < theta.length; k++) {
                        theta[k] = lo[k] + (hi[k] - lo[k]) * rng.nextDouble();
                    }
                } else {
                    theta = posterior.theta()[Posterior.pick(posterior.weights(), rng.nextDouble())];
                }
                Trajectory t = simulator.simulate(priors.apply(base, theta), s.modelEvents(), s.months(),
                        SeedDerivation.runSeed(streamSeed, 1, index));
                double[] stats = targets.stream().mapToDouble(tg -> tg.compute(t)).toArray();
                double[][] sv = series.stream().map(ts -> ts.of(t)).toArray(double[][]::new);
                return new Draw(stats, sv);
            }));
        }
        List<Draw> out = new ArrayList<>(draws);
        for (Future<Draw> f : futures) {
            try {
                out.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a predictive run failed: " + e.getCause(), e.getCause());
            }
        }
        return out;
    }

    private static void writeFit(Path file, Scenario s, List<Target> targets, Cutoff cutoff, List<TargetSeries> series,
                                 List<Draw> prior, List<Draw> post) {
        AtomicFiles.write(file, out -> {
            out.write("target,use,output,statistic,period,month,series,observed,sd,interval_low,interval_high,"
                    + "prior_mean,prior_p05,prior_p95,posterior_mean,posterior_p05,posterior_p95,inside\n");
            for (int k = 0; k < targets.size(); k++) {
                Target t = targets.get(k);
                int index = k;
                Summary a = Summary.of(prior.stream().mapToDouble(d -> d.stats()[index]).toArray());
                Summary b = Summary.of(post.stream().mapToDouble(d -> d.stats()[index]).toArray());
                boolean inside = t.value() >= b.p05() && t.value() <= b.p95();
                out.write(String.join(",", csvText(t.name()), cutoff.use(t), t.output().key(), t.statistic().key(),
                        t.period(), Integer.toString(t.to()), TargetSeries.of(t).name(s.start()),
                        NumberText.csv(t.value()), NumberText.csv(t.sd()), NumberText.csv(t.intervalLow()),
                        NumberText.csv(t.intervalHigh()), NumberText.csv(a.mean()), NumberText.csv(a.p05()),
                        NumberText.csv(a.p95()), NumberText.csv(b.mean()), NumberText.csv(b.p05()),
                        NumberText.csv(b.p95()), inside ? "yes" : "no") + "\n");
            }
        });
    }

    private static void writeSeries(Path file, Scenario s, List<TargetSeries> series, Map<String, List<Draw>> kinds) {
        AtomicFiles.write(file, out -> {
            out.write("series,output,statistic,kind,month,date,n,mean,p05,p50,p95\n");
            for (int g = 0; g < series.size(); g++) {
                TargetSeries ts = series.get(g);
                for (Map.Entry<String, List<Draw>> kind : kinds.entrySet()) {
                    for (int m = ts.first(); m < s.months(); m++) {
                        int gi = g;
                        int mi = m;
                        Summary sum = Summary.of(kind.getValue().stream().mapToDouble(d -> d.series()[gi][mi]).toArray());
                        out.write(String.join(",", ts.name(s.start()), ts.output().key(), ts.statistic().key(),
                                kind.getKey(), Integer.toString(m), s.start().plusMonths(m).toString(),
                                Integer.toString(sum.n()), NumberText.csv(sum.mean()), NumberText.csv(sum.p05()),
                                NumberText.csv(sum.p50()), NumberText.csv(sum.p95())) + "\n");
                    }
                }
            }
        });
    }

    private static void writeParameters(Path file, Priors priors, Population p) {
        AtomicFiles.write(file, out -> {
            out.write("parameter,prior_min,prior_max,prior_sd,posterior_mean,posterior_sd,posterior_p05,posterior_p50,"
                    + "posterior_p95,sd_ratio,constrained\n");
            for (int k = 0; k < priors.dimension(); k++) {
                int index = k;
                double[] x = java.util.Arrays.stream(p.theta()).mapToDouble(t -> t[index]).toArray();
                double sd = Weighted.sd(x, p.weights());
                double ratio = sd / priors.sd(k);
                out.write(String.join(",", priors.params().get(k).key(), NumberText.csv(priors.lower()[k]),
                        NumberText.csv(priors.upper()[k]), NumberText.csv(priors.sd(k)),
                        NumberText.csv(Weighted.mean(x, p.weights())), NumberText.csv(sd),
                        NumberText.csv(Weighted.quantile(x, p.weights(), 0.05)),
                        NumberText.csv(Weighted.quantile(x, p.weights(), 0.5)),
                        NumberText.csv(Weighted.quantile(x, p.weights(), 0.95)), NumberText.csv(ratio),
                        ratio < CONSTRAINED ? "yes" : "no") + "\n");
            }
        });
    }

    private static String csvText(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
