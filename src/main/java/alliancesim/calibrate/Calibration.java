package alliancesim.calibrate;

import alliancesim.batch.Manifest;
import alliancesim.batch.RunContext;
import alliancesim.batch.Simulator;
import alliancesim.files.InvalidInputException;
import alliancesim.results.ManifestFile;
import alliancesim.results.ResultManifest;
import alliancesim.scenario.Cutoff;
import alliancesim.scenario.ParameterRange;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.Target;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * `calibrate`: ABC-SMC of a scenario's uncertain parameters against the targets that end by the
 * cutoff (the fit targets; later ones are held out and never read by the distance), committed a
 * generation at a time in a result folder, then prior- and posterior-predictive checks of every
 * target and the manifest. Charts and report.html are drawn afterwards from the files.
 */
public final class Calibration {
    private final int threads;
    private final Simulator simulator;

    public Calibration(int threads, Simulator simulator) {
        if (threads < 1) {
            throw new InvalidInputException("--threads must be at least 1"); // calibrate --threads reaches here unchecked
        }
        this.threads = threads;
        this.simulator = simulator;
    }

    /** What to calibrate: scenario, every target, the cutoff that splits them into fit and held out, priors, settings. */
    public record Plan(Scenario scenario, Path targetsFile, List<Target> targets, Cutoff cutoff, Priors priors,
                       AbcSettings settings, int replicationsPerParticle) {
        public List<Target> fit() {
            return cutoff.fitted(targets);
        }

        public List<Target> heldOut() {
            return cutoff.heldOut(targets);
        }

        /** The distance the ABC accepts particles by: the fit targets only, so no later figure is read. */
        public ModelDistance distance(Simulator simulator) {
            return new ModelDistance(simulator, scenario, priors, fit(), replicationsPerParticle);
        }

        /** What a resume must find unchanged, as settings.json records it. */
        public Map<String, Object> fingerprint() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("scenario", scenario.source() == null ? scenario.name() : scenario.source().toString());
            m.put("targets", targetsFile.toString());
            m.put("until", cutoff.until().map(Object::toString).orElse(null));
            m.put("seed", settings.seed());
            m.put("particles", settings.particles());
            m.put("generations", settings.generations());
            m.put("quantile", settings.quantile());
            m.put("method", settings.method().resolve(priors.dimension()).key());
            m.put("min_acceptance", settings.minAcceptance());
            m.put("replications_per_particle", replicationsPerParticle);
            Map<String, Object> priors = new LinkedHashMap<>();
            for (ParameterRange r : this.priors.ranges()) {
                priors.put(r.param().key(), List.of(r.min(), r.max()));
            }
            m.put("priors", priors);
            m.put("fit_targets", fit().stream().map(Target::name).toList());
            return m;
        }
    }

    /** Per-generation progress for the terminal. */
    public interface Progress {
        void generation(Population p, double seconds, double secondsLeft);
    }

    public record Outcome(Path folder, AbcSmc.Result result, long predictiveRuns, double seconds,
                          double calibrationSeconds, long simulationsBefore) {
        /**
         * Simulations this session ran, a generation given up included (after a resume, those of the
         * earlier sessions are not counted).
         */
        public long simulations() {
            return result.last().simulationsTotal() + result.abandonedSimulations() - simulationsBefore;
        }

        /** Simulations a second while calibrating, this session. */
        public double simulationsPerSecond() {
            return rate(result, simulationsBefore, calibrationSeconds);
        }

        static double rate(AbcSmc.Result result, long simulationsBefore, double seconds) {
            return (result.last().simulationsTotal() + result.abandonedSimulations() - simulationsBefore)
                    / Math.max(seconds, 1e-9);
        }
    }

    public Outcome run(Plan plan, Path folder, boolean resume, RunContext context, Progress progress) {
        Instant started = Instant.now();
        AbcSettings.Method method = plan.settings().method().resolve(plan.priors().dimension());
        CalibrationFolder files = new CalibrationFolder(folder, plan.priors().params().stream().map(p -> p.key()).toList(),
                method.key(), plan.fingerprint());
        List<Population> done = List.of();
        if (resume) {
            Map<String, Object> saved = new LinkedHashMap<>(CalibrationFolder.settings(folder));
            Map<String, Object> now = CalibrationFolder.asRead(plan.fingerprint());
            saved.remove("generations");
            now.remove("generations");
            if (!saved.equals(now)) {
                if (!java.util.Objects.equals(saved.get("until"), now.get("until"))) {
                    throw new InvalidInputException(folder + " was calibrated with the cutoff --until "
                            + (saved.get("until") == null ? "none (every target fitted)" : saved.get("until")) + ", not "
                            + plan.cutoff().text() + "; resume it with the same cutoff, or start a new calibration");
                }
                throw new InvalidInputException(folder + " was calibrated with other settings (" + saved + "); resume it"
                        + " with the same scenario, targets, cutoff, seed, particles and priors (only --generations may change)");
            }
            files.checkSettings(CalibrationFolder.settings(folder)); // against what the generations were made with
            done = files.committed();
            if (!done.isEmpty()) {
                files.rewrite(done);
            }
        } else {
            files.create(plan.fingerprint());
        }
        long simulationsBefore = done.isEmpty() ? 0 : done.get(done.size() - 1).simulationsTotal();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            ModelDistance distance = plan.distance(simulator);
            AbcSmc abc = new AbcSmc(distance, plan.priors().lower(), plan.priors().upper(), plan.settings(), pool, threads);
            List<Population> committed = new ArrayList<>(done);
            long calibrating = System.nanoTime();
            AbcSmc.Result result = abc.run(done, (p, seconds) -> {
                committed.add(p);
                files.commit(p, committed);
                progress.generation(p, seconds, secondsLeft(committed, plan.settings().generations(), seconds));
            });
            if (result.generations().isEmpty()) {
                throw new IllegalStateException("no generation finished");
            }
            double calibrationSeconds = (System.nanoTime() - calibrating) / 1e9;
            long predictive = new PredictiveCheck(simulator, pool).write(folder, plan.scenario(), plan.priors(),
                    result.last(), plan.targets(), plan.cutoff(), plan.settings().seed(), plan.settings().particles());
            Instant finished = Instant.now();
            ResultManifest manifest = Manifest.describe(ResultManifest.CALIBRATE, plan.scenario(), context, threads,
                    started, finished, Math.min(Integer.MAX_VALUE, result.last().simulationsTotal()
                            + result.abandonedSimulations() + predictive), 0);
            Map<String, Object> cal = new LinkedHashMap<>(plan.fingerprint());
            cal.put("algorithm", (method == AbcSettings.Method.IMPORTANCE
                    ? "ABC-SMC (Toni et al. 2009) with importance weights prior / sum_j w_j K (Beaumont et al. 2009)"
                    : "ABC-SMC by replenishment (Drovandi and Pettitt 2011): the worse half of the particles is refilled"
                    + " from the better half by Metropolis-Hastings moves at the new tolerance; equal weights")
                    + "; fit targets: those whose period ends by the cutoff (until), later ones held out"
                    + "; tolerance of generation g = quantile " + plan.settings().quantile() + " of generation g-1's"
                    + " distances; Gaussian kernel with 2 x the weighted covariance, in logit coordinates of the prior box;"
                    + " distance sqrt(mean over fit targets of ((sim - obs) / sd)^2); one seeded simulation per proposal");
            cal.put("generations_done", result.generations().size());
            cal.put("stop", result.stopReason());
            cal.put("proposals", result.last().proposalsTotal());
            cal.put("simulations", result.last().simulationsTotal());
            cal.put("simulations_of_the_generation_given_up", result.abandonedSimulations());
            cal.put("predictive_simulations", predictive);
            cal.put("calibration_seconds_this_session", calibrationSeconds);
            cal.put("simulations_per_second_this_session", Outcome.rate(result, simulationsBefore, calibrationSeconds));
            cal.put("holdout_targets", plan.heldOut().stream().map(Target::name).toList());
            ManifestFile.write(folder, manifest.withCalibration(cal));
            double seconds = Duration.between(started, finished).toMillis() / 1000.0;
            new CalibrationRecord(plan.cutoff(), context.command(),
                    result.last().simulationsTotal() + result.abandonedSimulations(), seconds).write(folder);
            return new Outcome(folder, result, predictive, seconds, calibrationSeconds, simulationsBefore);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A rough estimate: each remaining generation costs the last one's time, scaled up by how much
     * the acceptance rate fell from the generation before (tolerances shrink, acceptance falls).
     */
    static double secondsLeft(List<Population> done, int generations, double lastSeconds) {
        int left = generations - done.size();
        if (left <= 0) {
            return 0;
        }
        double growth = 1;
        if (done.size() >= 3) {
            double a = done.get(done.size() - 2).acceptanceRate();
            double b = done.get(done.size() - 1).acceptanceRate();
            growth = b > 0 ? Math.max(1, a / b) : 1;
        }
        double total = 0;
        double next = lastSeconds;
        for (int g = 0; g < left; g++) {
            next *= growth;
            total += next;
        }
        return total;
    }
}
