package alliancesim.cli;

import alliancesim.batch.LeverCheck;
import alliancesim.batch.LeverChecks;
import alliancesim.batch.Simulator;
import alliancesim.batch.TargetCheck;
import alliancesim.calibrate.CalibrationRecord;
import alliancesim.calibrate.HeldOutScore;
import alliancesim.calibrate.PosteriorSimulator;
import alliancesim.calibrate.PosteriorValidity;
import alliancesim.evidence.EvidenceRegistry;
import alliancesim.files.FolderLock;
import alliancesim.files.InvalidInputException;
import alliancesim.report.OutputTitles;
import alliancesim.report.ValidityReport;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import alliancesim.scenario.Target;
import alliancesim.scenario.TargetsLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `validity SCENARIO`: for each posterior the scenario names (posterior:, and hindcast: if given), the
 * scenario against every public figure of the targets file, fitted or held out by that posterior's
 * cutoff and scored; and every lever against the direction written down for it. Prints a table per
 * posterior and writes validity.md with a chart per posterior: docs/validity.md is made so.
 */
@Command(name = "validity", description = "Score a scenario, with each of its posteriors, against the public figures of"
        + " seeds/targets.yaml (fitted or held out by the posterior's cutoff; interval scores) and check every lever"
        + " against its expected direction; writes validity.md and a chart per posterior.")
final class ValidityCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SCENARIO", description = "scenario YAML file (the baseline)")
    Path file;

    @Option(names = "--targets", paramLabel = "FILE", description = "targets file (default: seeds/targets.yaml)")
    Path targets = Path.of("seeds", "targets.yaml");

    @Option(names = "--replications", description = "runs per check (default: 200)")
    int replications = 200;

    @Option(names = "--out", paramLabel = "DIR", description = "result folder, new or empty (default: results/<name>-validity/<timestamp>)")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final CommitPoints commits;

    /** Checking its lock at each commit point (how picocli's own factory makes it, e.g. for help). */
    ValidityCommand() {
        this(CommitPoints.CHECKED);
    }

    ValidityCommand(CommitPoints commits) {
        this.commits = commits;
    }

    @Override
    public Integer call() {
        Scenario s = new ScenarioLoader().load(file);
        if (s.posterior().isEmpty()) {
            throw new InvalidInputException(file + " names no posterior: validity scores the figures against a"
                    + " posterior's runs; add 'posterior: FILE' (and 'hindcast: FILE') to the scenario");
        }
        List<Target> all = new TargetsLoader().load(targets, s.start(), s.months());
        Map<String, Path> posteriors = new LinkedHashMap<>();
        posteriors.put("posterior", s.posterior().get());
        s.hindcast().ifPresent(h -> posteriors.put("hindcast", h));
        posteriors.values().forEach(CalibrationRecord::beside); // a missing cutoff is refused before anything runs
        try (FolderLock lock = ResultPaths.claim(out, false, s.name() + "-validity")) {
            int code = write(s, all, posteriors, lock);
            commits.reached(lock, CommitPoints.END); // a lock deleted meanwhile may have let another writer in
            return code;
        }
    }

    private int write(Scenario s, List<Target> all, Map<String, Path> files, FolderLock lock) {
        Path folder = lock.folder();
        PrintWriter console = spec.commandLine().getOut();
        List<ValidityReport.Posterior> posteriors = new ArrayList<>();
        for (Map.Entry<String, Path> e : files.entrySet()) {
            ValidityReport.Posterior p = view(PosteriorValidity.run(e.getKey(), s, e.getValue(), all, replications,
                    Simulator.MODEL));
            posteriors.add(p);
            console.print(ValidityReport.table(p));
            console.flush();
        }
        int leverReplications = Math.min(replications, 100);
        // The scenario as users run it: drawing from its (current) posterior, as `run` and `whatif` do.
        Simulator drawing = PosteriorSimulator.of(s, Simulator.MODEL);
        List<LeverChecks.Result> levers = LeverChecks.run(s, LeverChecks.standard(), leverReplications, drawing);
        List<LeverChecks.NoSwitchOff> switchOff = LeverChecks.switchOff(s,
                LeverChecks.switchOffRanges(EvidenceRegistry.load(ParamsCommand.seeds())), drawing);
        commits.reached(lock, "validity.md and img/");
        ValidityReport.write(folder, new ValidityReport.Made(RunCommand.commandLine(spec), s.name(), s.seed(), replications,
                        leverReplications, new OutputTitles(alliancesim.model.Output.all().stream().collect(
                        java.util.stream.Collectors.toMap(alliancesim.model.Output::key, alliancesim.model.Output::title)))), posteriors,
                levers.stream().map(ValidityCommand::view).toList(), switchOff.stream().map(n -> new ValidityReport.SwitchOff(
                        n.lever().key(), n.value(), n.cumulativeShells(), n.baselineShells(), n.holds())).toList());
        long leverMisses = levers.stream().filter(r -> !r.holds()).count();
        console.printf("%d of %d lever directions hold; no lever switches deliveries off: %s%nWrote %s (validity.md, img/)%n",
                levers.size() - leverMisses, levers.size(), switchOff.stream().allMatch(LeverChecks.NoSwitchOff::holds),
                folder);
        return Main.OK;
    }

    private ValidityReport.Posterior view(PosteriorValidity v) {
        List<ValidityReport.Figure> figures = v.scores().stream().map(h -> {
            TargetCheck.Row r = h.check();
            Target t = r.target();
            return new ValidityReport.Figure(t.name(), t.output().key(), t.period(), t.statistic().key(), t.value(),
                    r.low(), r.high(), r.mean(), r.p50(), r.p05(), r.p95(), h.fitted(), h.covered(), h.score(),
                    h.relativeScore(), t.source(), t.seen());
        }).toList();
        HeldOutScore.Totals t = v.heldOutTotals();
        return new ValidityReport.Posterior(v.label(), shown(v.posterior()), v.cutoff().text(), figures,
                new ValidityReport.Totals(t.count(), t.coverage(), t.meanRelativeScore(), t.sharpness(), t.widthRatio()));
    }

    private static ValidityReport.Lever view(LeverChecks.Result r) {
        LeverCheck c = r.check();
        Map<String, Double> given = new LinkedHashMap<>();
        c.given().forEach((p, v) -> given.put(p.key(), v));
        return new ValidityReport.Lever(c.lever().key(), c.from(), c.to(), given, c.output().key(), c.windowText(), c.sign(),
                c.tolerance(), c.reason(), r.effect().meanDifference(), r.effect().low(), r.effect().high(), r.holds());
    }

    /** A path as the project reads it: relative to the working folder when inside it. */
    private static String shown(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return abs.startsWith(here) ? here.relativize(abs).toString() : abs.toString();
    }
}
