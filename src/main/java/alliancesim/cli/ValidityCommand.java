package alliancesim.cli;

import alliancesim.batch.LeverCheck;
import alliancesim.batch.LeverChecks;
import alliancesim.batch.TargetCheck;
import alliancesim.chart.ChartFiles;
import alliancesim.chart.TargetChart;
import alliancesim.evidence.EvidenceRegistry;
import alliancesim.files.AtomicFiles;
import alliancesim.files.FolderLock;
import alliancesim.model.Param;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import alliancesim.scenario.Target;
import alliancesim.scenario.TargetsLoader;
import alliancesim.stats.NumberText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `validity SCENARIO`: the scenario against every public figure of the targets file, and every lever
 * against the direction written down for it, as validity.md with a chart: docs/validity.md is made so.
 */
@Command(name = "validity", description = "Check a scenario against the public figures of seeds/targets.yaml and every"
        + " lever against its expected direction; writes validity.md and a chart.")
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

    @Override
    public Integer call() {
        Scenario s = new ScenarioLoader().load(file);
        List<Target> all = new TargetsLoader().load(targets, s.start(), s.months());
        try (FolderLock lock = ResultPaths.claim(out, false, s.name() + "-validity")) {
            return write(s, all, lock.folder());
        }
    }

    private int write(Scenario s, List<Target> all, Path folder) {
        PrintWriter console = spec.commandLine().getOut();
        List<TargetCheck.Row> rows = TargetCheck.run(s, all, replications, WorkOptions.simulator(s));
        List<LeverChecks.Result> levers = LeverChecks.run(s, LeverChecks.standard(), Math.min(replications, 100));
        EvidenceRegistry evidence = EvidenceRegistry.load(ParamsCommand.seeds());
        Map<Param, double[]> ranges = new LinkedHashMap<>();
        for (LeverCheck c : LeverChecks.standard()) {
            ranges.putIfAbsent(c.lever(), evidence.of(c.lever()).sweep().orElse(new double[] {c.lever().min(), c.lever().max()}));
        }
        ranges.remove(Param.MUNITIONS_PRK_EXPORT_SHARE); // the export share *is* the flow's decision
        ranges.remove(Param.MUNITIONS_TRANSPORT_PRK_RUS); // and transport its physical limit
        List<LeverChecks.NoSwitchOff> switchOff = LeverChecks.switchOff(s, ranges);

        List<TargetChart.Row> chartRows = new ArrayList<>();
        for (TargetCheck.Row r : rows) {
            chartRows.add(new TargetChart.Row(r.target().name() + (r.target().use() == Target.Use.FIT ? "" : " (holdout)"),
                    r.target().centre(), r.low(), r.high(), r.mean(), r.p05(), r.p95()));
        }
        ChartFiles.save(TargetChart.create("The " + s.name() + " against the public figures",
                replications + " runs; fit targets set defaults, holdout targets were not used", s.name(), chartRows),
                folder.resolve("img"), "validity-targets");
        AtomicFiles.writeString(folder.resolve("validity.md"), markdown(s, rows, levers, switchOff));
        long fitMisses = rows.stream().filter(r -> r.target().use() == Target.Use.FIT && !r.inside()).count();
        long holdoutMisses = rows.stream().filter(r -> r.target().use() == Target.Use.HOLDOUT && !r.inside()).count();
        long leverMisses = levers.stream().filter(r -> !r.holds()).count();
        console.printf("%s: %d of %d fit targets and %d of %d holdout targets inside their uncertainty; %d of %d lever"
                        + " directions hold; no lever switches deliveries off: %s%nWrote %s (validity.md, img/validity-targets.png)%n",
                s.name(), count(rows, Target.Use.FIT) - fitMisses, count(rows, Target.Use.FIT),
                count(rows, Target.Use.HOLDOUT) - holdoutMisses, count(rows, Target.Use.HOLDOUT),
                levers.size() - leverMisses, levers.size(), switchOff.stream().allMatch(LeverChecks.NoSwitchOff::holds),
                folder);
        return Main.OK;
    }

    private static long count(List<TargetCheck.Row> rows, Target.Use use) {
        return rows.stream().filter(r -> r.target().use() == use).count();
    }

    private String markdown(Scenario s, List<TargetCheck.Row> rows, List<LeverChecks.Result> levers,
                            List<LeverChecks.NoSwitchOff> switchOff) {
        StringBuilder b = new StringBuilder();
        b.append("# Validity: the model against the record\n\n");
        b.append("Made by `").append(RunCommand.commandLine(spec)).append("` (").append(replications)
                .append(" runs of `").append(s.name()).append("`, seed ").append(s.seed()).append(").\n\n");
        b.append("## Public figures\n\n");
        b.append("Every figure of `seeds/targets.yaml`. `fit` figures (to June 2024) are what the defaults are set to"
                + " reproduce; `holdout` figures were not used to set anything and are reported as they come out."
                + " *Inside* means the mean of the runs lies within the figure's uncertainty (its interval, or the"
                + " value ± 1.645 sd).\n\n");
        b.append("| target | use | output | period | statistic | figure (uncertainty) | model mean (5–95 % of runs) | inside | source |\n");
        b.append("|---|---|---|---|---|---|---|---|---|\n");
        for (TargetCheck.Row r : rows) {
            Target t = r.target();
            b.append("| ").append(t.name()).append(" | ").append(t.use().key()).append(" | `").append(t.output().key())
                    .append("` | ").append(t.period()).append(" | ").append(t.statistic().key()).append(" | ")
                    .append(num(t.value())).append(" (").append(num(r.low())).append(" – ").append(num(r.high()))
                    .append(") | ").append(num(r.mean())).append(" (").append(num(r.p05())).append(" – ")
                    .append(num(r.p95())).append(") | ").append(r.inside() ? "yes" : "**no**").append(" | ")
                    .append(t.source().replace("|", "/").replace("\n", " ")).append(" |\n");
        }
        b.append("\n![Every public figure against the runs](img/validity-targets.png)\n\n");
        b.append("## Levers: the direction each should move its outputs\n\n");
        b.append("Each row was written, with its reason, before looking at the output. The effect is the paired"
                + " difference after − before over ").append(Math.min(replications, 100)).append(" replicates on the"
                + " same seeds (common random numbers), with its 90 % interval; the change holds for the whole run"
                + " (events that set the lever get the new value too). These runs use the scenario's own parameter"
                + " values, not draws from its posterior, so that a lever that is also calibrated keeps the value"
                + " the row gives it.\n\n");
        b.append("| lever | change | output | over | expected | why | effect (90 % interval) | holds |\n");
        b.append("|---|---|---|---|---|---|---|---|\n");
        for (LeverChecks.Result r : levers) {
            LeverCheck c = r.check();
            String expected = switch (c.sign()) {
                case 1 -> "up";
                case -1 -> "down";
                default -> "nearly unchanged (within ±" + num(c.tolerance()) + ")";
            };
            b.append("| `").append(c.lever().key()).append("` | ").append(num(c.from())).append(" → ").append(num(c.to()))
                    .append(" | `").append(c.output().key()).append("` | ").append(c.windowText()).append(" | ")
                    .append(expected).append(" | ").append(c.reason()).append(" | ").append(num(r.effect().meanDifference()))
                    .append(" (").append(num(r.effect().low())).append(" – ").append(num(r.effect().high())).append(") | ")
                    .append(r.holds() ? "yes" : "**no**").append(" |\n");
        }
        b.append("\n## No lever switches a flow off\n\n");
        b.append("North Korean shells delivered over the whole run with each lever at either end of its sweep range,"
                + " against the scenario as it is (one seed). A lever other than the flow's own decision (the export"
                + " share) or its physical limit (transport) must leave at least 10 % of the deliveries.\n\n");
        b.append("| lever | value | shells delivered | as a share of the scenario's | holds |\n|---|---|---|---|---|\n");
        for (LeverChecks.NoSwitchOff n : switchOff) {
            b.append("| `").append(n.lever().key()).append("` | ").append(num(n.value())).append(" | ")
                    .append(num(n.cumulativeShells())).append(" | ")
                    .append(String.format(Locale.ROOT, "%.0f %%", 100 * n.cumulativeShells() / n.baselineShells()))
                    .append(" | ").append(n.holds() ? "yes" : "**no**").append(" |\n");
        }
        return b.toString();
    }

    private static String num(double v) {
        return NumberText.printed(v);
    }
}
