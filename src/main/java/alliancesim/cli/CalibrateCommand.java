package alliancesim.cli;

import alliancesim.batch.Simulator;
import alliancesim.calibrate.AbcSettings;
import alliancesim.calibrate.Calibration;
import alliancesim.calibrate.Population;
import alliancesim.calibrate.Priors;
import alliancesim.calibrate.CalibrationFolder;
import alliancesim.calibrate.SavedSettings;
import alliancesim.evidence.EvidenceRegistry;
import alliancesim.files.InvalidInputException;
import alliancesim.report.CalibrationReport;
import alliancesim.scenario.Cutoff;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import alliancesim.scenario.Target;
import alliancesim.scenario.TargetsLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `calibrate SCENARIO`: ABC-SMC of the scenario's uncertain parameters against the targets that end by
 * the cutoff (`--until`, else the scenario's `record_ends`, else all); later targets are held out.
 */
@Command(name = "calibrate", description = "Fit a scenario's uncertain parameters to public figures (ABC-SMC).")
final class CalibrateCommand implements Callable<Integer> {
    static final int DEFAULT_PARTICLES = 1000;
    static final int DEFAULT_GENERATIONS = 8;

    @Parameters(arity = "0..1", paramLabel = "SCENARIO", description = "scenario YAML file (not needed with --resume)")
    Path file;

    @Option(names = "--targets", paramLabel = "FILE", description = "targets file (default: seeds/targets.yaml)")
    Path targets;

    @Option(names = "--until", paramLabel = "YYYY-MM", description = "cutoff: fit every target whose period ends by"
            + " this month, hold out every later one (default: the scenario's record_ends, else fit all)")
    String until;

    @Option(names = "--particles", description = "particles per generation (default: " + DEFAULT_PARTICLES + ")")
    Integer particles;

    @Option(names = "--generations", description = "most generations (default: " + DEFAULT_GENERATIONS + ")")
    Integer generations;

    @Option(names = "--min-acceptance", description = "stop when a generation would accept less than this share of its"
            + " proposals (default: " + AbcSettings.DEFAULT_MIN_ACCEPTANCE + ")")
    Double minAcceptance;

    @Option(names = "--quantile", description = "next tolerance = this quantile of the distances (default: "
            + AbcSettings.DEFAULT_QUANTILE + ")")
    Double quantile;

    @Option(names = "--replications-per-particle", description = "simulations averaged per particle (default: 1)")
    Integer replicationsPerParticle;

    @Option(names = "--method", description = "auto (default: importance up to "
            + AbcSettings.IMPORTANCE_MAX_PARAMETERS + " parameters, else mcmc), importance (Toni/Beaumont weights) or"
            + " mcmc (Drovandi-Pettitt replenishment)")
    AbcSettings.Method method;

    @Option(names = "--seed", description = "calibration seed (default: the scenario's)")
    Long seed;

    @Option(names = "--threads", description = "worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "result folder (default: results/<name>/calibrate-<timestamp>)")
    Path out;

    @Option(names = "--resume", paramLabel = "DIR", description = "continue an interrupted calibration in DIR")
    Path resume;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final CommitPoints commits;

    /** Checking its lock at each commit point (how picocli's own factory makes it, e.g. for help). */
    CalibrateCommand() {
        this(CommitPoints.CHECKED);
    }

    CalibrateCommand(CommitPoints commits) {
        this.commits = commits;
    }

    @Override
    public Integer call() {
        PrintWriter console = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OptionCaps.atMost("--particles", particles, OptionCaps.MAX_PARTICLES, "100 times the default; a generation"
                + " holds every particle's parameters and distances in memory");
        OptionCaps.atMost("--generations", generations, OptionCaps.MAX_GENERATIONS, "the tolerance stops falling"
                + " usefully long before that; --min-acceptance ends a calibration when it does");
        OptionCaps.atMost("--replications-per-particle", replicationsPerParticle,
                OptionCaps.MAX_REPLICATIONS_PER_PARTICLE, "each particle's distance averages that many simulations");
        SavedSettings saved = resume == null ? SavedSettings.NONE : SavedSettings.read(resume);
        if (resume != null && file == null && saved.scenario().isEmpty()) {
            throw new InvalidInputException(resume.resolve(CalibrationFolder.SETTINGS) + " names no scenario file"
                    + " (\"scenario\"), as every calibration's does; restore the file as alliance-sim wrote it, or start"
                    + " the calibration again in a new folder");
        }
        Path scenarioFile = file != null ? file : saved.scenario().orElse(null);
        if (scenarioFile == null) {
            throw new InvalidInputException("calibrate needs a SCENARIO file (or --resume DIR)");
        }
        Scenario s = new ScenarioLoader().load(scenarioFile);
        Path targetsFile = targets != null ? targets : saved.targets().orElse(Path.of("seeds", "targets.yaml"));
        List<Target> all = new TargetsLoader().load(targetsFile, s.start(), s.months());
        Priors priors = Priors.of(s, EvidenceRegistry.load(ParamsCommand.seeds()));
        AbcSettings settings = new AbcSettings(
                particles != null ? particles : saved.particles().orElse(DEFAULT_PARTICLES),
                generations != null ? generations : saved.generations().orElse(DEFAULT_GENERATIONS),
                quantile != null ? quantile : saved.quantile().orElse(AbcSettings.DEFAULT_QUANTILE),
                minAcceptance != null ? minAcceptance : saved.minAcceptance().orElse(AbcSettings.DEFAULT_MIN_ACCEPTANCE),
                seed != null ? seed : saved.seed().orElse(s.seed()),
                method != null ? method : savedMethod(saved.method().orElse("auto")));
        int reps = replicationsPerParticle != null ? replicationsPerParticle : saved.replicationsPerParticle().orElse(1);
        Cutoff cutoff = cutoff(s, saved);
        Calibration.Plan plan = new Calibration.Plan(s, targetsFile, all, cutoff, priors, settings, reps);
        int workers = threads == null ? alliancesim.batch.ScenarioRun.defaultThreads() : threads;
        try (alliancesim.files.FolderLock lock = resume != null ? alliancesim.files.FolderLock.take(resume)
                : ResultPaths.claim(out, false, s.name() + "-calibrate")) {
            int code = calibrate(console, err, plan, settings, priors, all, workers, lock);
            commits.reached(lock, CommitPoints.END); // a lock deleted meanwhile may have let another writer in
            return code;
        }
    }

    private int calibrate(PrintWriter console, PrintWriter err, Calibration.Plan plan, AbcSettings settings, Priors priors,
                          List<Target> all, int workers, alliancesim.files.FolderLock lock) {
        Path folder = lock.folder();
        Scenario s = plan.scenario();
        console.printf(Locale.ROOT, "Cutoff %s (%s): %d targets fitted (ending by it), %d held out%n",
                plan.cutoff().text(), cutoffSource(s), plan.fit().size(), plan.heldOut().size());
        console.printf(Locale.ROOT, "Calibrating %s: %d parameters against %d fit targets (%d holdout), %d particles,"
                        + " up to %d generations, %s moves, on %d threads -> %s%n", s.name(), priors.dimension(),
                plan.fit().size(), plan.heldOut().size(), settings.particles(), settings.generations(),
                settings.method().resolve(priors.dimension()).key(), workers, folder);
        console.flush();
        Calibration.Outcome outcome = new Calibration(workers, Simulator.MODEL).run(plan, folder, resume != null,
                Contexts.of(spec), new CalibrationProgress(err, p -> commits.reached(lock, "generation " + (p.generation() + 1))));
        commits.reached(lock, "charts and report.html");
        CalibrationReport.write(folder);
        Population last = outcome.result().last();
        String givenUp = outcome.result().abandonedSimulations() == 0 ? "" : String.format(Locale.ROOT,
                ", and %,d in the generation given up", outcome.result().abandonedSimulations());
        console.printf(Locale.ROOT, "%nDone: %s. %,d simulations (%,d proposals) in the generations kept%s; this session"
                        + " %,d in %.1f s of calibration, %,.0f simulations/s; %,d predictive runs; %.1f s in all.%n",
                outcome.result().stopReason(), last.simulationsTotal(), last.proposalsTotal(), givenUp,
                outcome.simulations(), outcome.calibrationSeconds(), outcome.simulationsPerSecond(),
                outcome.predictiveRuns(), outcome.seconds());
        console.printf("Results in %s (posterior.csv, parameters.csv, fit.csv, calibration.yaml, generations.csv, charts/,"
                + " report.html)%n", folder);
        return Main.OK;
    }

    /** --until, else the cutoff a resumed folder was started with, else the scenario's record_ends, else none. */
    private Cutoff cutoff(Scenario s, SavedSettings saved) {
        if (until != null) {
            try {
                return Cutoff.at(YearMonth.parse(until));
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("--until '" + until + "' is not a calendar month; write it as YYYY-MM,"
                        + " e.g. 2024-06");
            }
        }
        return saved.cutoff().orElseGet(() -> s.recordEnds().map(Cutoff::at).orElse(Cutoff.NONE));
    }

    private String cutoffSource(Scenario s) {
        if (until != null) {
            return "--until";
        }
        if (resume != null) {
            return "as the calibration resumed was started";
        }
        return s.recordEnds().isPresent() ? "the scenario's record_ends; --until to change it"
                : "no --until and no record_ends in the scenario: every target fitted";
    }

    /** The method a resumed calibration's settings record (the option itself is picocli's enum conversion). */
    private static AbcSettings.Method savedMethod(String text) {
        for (AbcSettings.Method m : AbcSettings.Method.values()) {
            if (m.key().equals(text)) {
                return m;
            }
        }
        throw new InvalidInputException("the resumed calibration's settings name the method '" + text + "'; alliance-sim"
                + " writes auto, importance or mcmc: the settings file was edited, start the calibration again");
    }

    /** One line a generation, with the time left smoothed over the generations (their costs differ). */
    private static final class CalibrationProgress implements Calibration.Progress {
        private final PrintWriter err;
        /** Called after each generation's line: its files are committed then (the folder's lock is checked). */
        private final java.util.function.Consumer<Population> committed;
        private final TimeLeft timeLeft = new TimeLeft();
        private double elapsed;

        CalibrationProgress(PrintWriter err, java.util.function.Consumer<Population> committed) {
            this.err = err;
            this.committed = committed;
        }

        @Override
        public void generation(Population p, double seconds, double secondsLeft) {
            elapsed += seconds; // seconds is this generation's time
            double left = timeLeft.update(elapsed, secondsLeft);
            synchronized (err) {
                err.printf(Locale.ROOT, "  generation %d: tolerance %s, acceptance %.1f %%, %,d simulations so far, ESS %.0f,"
                                + " %.1f s, about %.0f s left%n", p.generation(),
                        Double.isInfinite(p.tolerance()) ? "none (prior)" : String.format(Locale.ROOT, "%.4g", p.tolerance()),
                        100 * p.acceptanceRate(), p.simulationsTotal(), p.ess(), seconds, left);
                err.flush();
            }
            committed.accept(p);
        }
    }
}
