package alliancesim.report;

import alliancesim.chart.ChartFiles;
import alliancesim.chart.TargetChart;
import alliancesim.files.AtomicFiles;
import alliancesim.stats.NumberText;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * validity.md and its charts, and the compact table `validity` prints: for each posterior of a
 * scenario, every public figure against the model's median and 90 % predictive interval, fitted or
 * held out under that posterior's cutoff, with its interval score; the totals over the held-out
 * figures; then the lever directions. The numbers come scored; this class only lays them out.
 */
public final class ValidityReport {
    private ValidityReport() {
    }

    /** One figure against one posterior's runs (score: the interval score of p05..p95, alpha 0.1). */
    public record Figure(String name, String output, String period, String statistic, double value, double low,
                         double high, double mean, double median, double p05, double p95, boolean fitted, boolean inside,
                         double score, double relativeScore, String source, String seen) {
        /** Held out, but a modelling choice was made after its score was seen: no clean test. */
        boolean seenHeldOut() {
            return !fitted && !seen.isEmpty();
        }
    }

    /** Totals over the held-out figures. */
    public record Totals(int count, double coverage, double meanRelativeScore, double sharpness, double widthRatio) {
    }

    /** A posterior of the scenario: its label (posterior, hindcast), file, cutoff and scored figures. */
    public record Posterior(String label, String file, String until, List<Figure> figures, Totals heldOut) {
        public Posterior {
            figures = List.copyOf(figures);
        }

        long fitted() {
            return figures.stream().filter(Figure::fitted).count();
        }
    }

    /**
     * A lever's expected direction (sign 1 up, -1 down, 0 nearly unchanged within the tolerance) and its paired
     * effect; {@code given}: the parameters held at these values in both runs (empty: the scenario as it is).
     */
    public record Lever(String lever, double from, double to, Map<String, Double> given, String output, String over,
                        int sign, double tolerance, String why, double effect, double low, double high, boolean holds) {
    }

    /** Shells delivered with a lever at one end of its range, against the scenario's own. */
    public record SwitchOff(String lever, double value, double shells, double baselineShells, boolean holds) {
    }

    /** What the report says of how it was made, and the outputs' titles (the model's declarations). */
    public record Made(String command, String scenario, long seed, int replications, int leverReplications,
                       OutputTitles titles) {
    }

    /** The compact table printed to the terminal for one posterior. */
    public static String table(Posterior p) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s (%s), cutoff %s: %d figures fitted, %d held out%n", p.label(), p.file(),
                p.until(), p.fitted(), p.figures().size() - p.fitted()));
        b.append(String.format(Locale.ROOT, "  %-24s %-8s %12s  %-30s %-6s %8s%n", "target", "use", "figure",
                "model median (p05 - p95)", "inside", "IS/|x|"));
        for (Figure f : p.figures()) {
            b.append(String.format(Locale.ROOT, "  %-24s %-8s %12s  %-30s %-6s %8s%n", f.name(), use(f), num(f.value()),
                    num(f.median()) + " (" + num(f.p05()) + " - " + num(f.p95()) + ")", f.inside() ? "yes" : "no",
                    num(f.relativeScore())));
        }
        b.append("  ").append(totals(p.heldOut())).append(withoutSeen(p)).append(String.format("%n"));
        return b.toString();
    }

    /**
     * "; without the 2 seen: 28 of 35 inside (80 %)": the coverage of the clean tests alone, or "" when no
     * held-out figure was seen before a modelling choice.
     */
    static String withoutSeen(Posterior p) {
        List<Figure> clean = p.figures().stream().filter(f -> !f.fitted() && f.seen().isEmpty()).toList();
        long seen = p.figures().stream().filter(Figure::seenHeldOut).count();
        if (seen == 0 || clean.isEmpty()) {
            return "";
        }
        long inside = clean.stream().filter(Figure::inside).count();
        return String.format(Locale.ROOT, "; without the %d seen: %d of %d inside (%.0f %%)", seen, inside, clean.size(),
                100.0 * inside / clean.size());
    }

    /** "held out: 8 figures, coverage 75 % (6 inside), mean IS/|x| 1.2, sharpness 0.45, width ratio 0.9". */
    static String totals(Totals t) {
        if (t.count() == 0) {
            return "held out: none (every figure ends by the cutoff)";
        }
        return String.format(Locale.ROOT, "held out: %d figures, coverage %.0f %% (%d inside), mean IS/|x| %s,"
                        + " sharpness %s, model width / figure's width %s", t.count(), 100 * t.coverage(),
                Math.round(t.coverage() * t.count()), num(t.meanRelativeScore()), num(t.sharpness()), num(t.widthRatio()));
    }

    /** Writes validity.md and img/validity-&lt;label&gt;.png / .svg, one chart per posterior. */
    public static void write(Path folder, Made made, List<Posterior> posteriors, List<Lever> levers,
                             List<SwitchOff> switchOff) {
        for (Posterior p : posteriors) {
            List<TargetChart.Row> rows = p.figures().stream().map(f -> new TargetChart.Row(
                    f.name() + (f.fitted() ? "" : " (held out)"), f.value(), f.low(), f.high(), f.median(), f.p05(),
                    f.p95(), !f.fitted())).toList();
            ChartFiles.save(TargetChart.create("The " + made.scenario() + " with its " + p.label() + " against the public"
                            + " figures", made.replications() + " runs; cutoff " + p.until()
                            + ": figures ending by it were fitted, later ones held out", made.scenario(), rows),
                    folder.resolve("img"), chartName(p));
        }
        for (String output : outputs(posteriors)) {
            List<TargetChart.Row> rows = new java.util.ArrayList<>();
            for (Posterior p : posteriors) {
                p.figures().stream().filter(f -> f.output().equals(output)).forEach(f -> rows.add(new TargetChart.Row(
                        figureWords(f) + ", " + p.label() + (f.fitted() ? "" : " (held out)"), f.value(), f.low(), f.high(),
                        f.median(), f.p05(), f.p95(), !f.fitted())));
            }
            ChartFiles.save(TargetChart.create(made.titles().title(output) + " against the public figures", made.replications()
                            + " runs with each posterior; fitted or held out by that posterior's cutoff; every value"
                            + " divided by its figure",
                    made.scenario(), rows), folder.resolve("img"), outputChartName(output));
        }
        AtomicFiles.writeString(folder.resolve("validity.md"), markdown(made, posteriors, levers, switchOff));
    }

    /**
     * A figure in words on its output's chart (the output is in the title): "total 2023-09..2024-02",
     * "in 2024-06", "growth 2024-01..2024-12", "mean 2024-07..2024-09".
     */
    static String figureWords(Figure f) {
        return switch (f.statistic()) {
            case "value" -> "in " + f.period();
            case "cumulative" -> "total " + f.period();
            default -> f.statistic() + " " + f.period();
        };
    }

    /** The outputs that have public figures, in the order they first appear. */
    static List<String> outputs(List<Posterior> posteriors) {
        return posteriors.stream().flatMap(p -> p.figures().stream()).map(Figure::output).distinct().toList();
    }

    static String outputChartName(String output) {
        return "validity-output-" + output;
    }

    static String chartName(Posterior p) {
        return "validity-" + p.label();
    }

    static String markdown(Made made, List<Posterior> posteriors, List<Lever> levers, List<SwitchOff> switchOff) {
        StringBuilder b = new StringBuilder();
        b.append("# Validity: the model against the record\n\n");
        b.append("Made by `").append(made.command()).append("` (").append(made.replications())
                .append(" runs of `").append(made.scenario()).append("` per posterior, seed ").append(made.seed())
                .append(").\n\n");
        b.append("## Public figures\n\n");
        b.append("Every figure of `seeds/targets.yaml`, scored against each posterior the scenario names. Which figures"
                + " a posterior was fitted to is its cutoff, recorded in the `calibration.yaml` beside it: every figure"
                + " whose period ends by that month was fitted, every later one is **held out** (never read by the"
                + " calibration). The model's median and 90 % predictive interval (p05 – p95 of the runs, each drawing"
                + " its parameters from the posterior) are given for every figure. *Inside* means the figure lies"
                + " within the model's 90 % predictive interval; the figure's own uncertainty (its interval, or the"
                + " value ± 1.645 sd) is shown beside it. *IS* is the interval"
                + " score of the model's 90 % interval [l, u] for the figure x (Gneiting and Raftery 2007, *JASA*"
                + " 102:359, eq. 43): (u − l) + (2/α)(l − x)·1{x < l} + (2/α)(x − u)·1{x > u}, α = 0.1; lower is"
                + " better; *IS/|x|* makes it comparable across units. Over the held-out figures: *coverage* is the"
                + " share inside, *sharpness* the mean (u − l)/|x|, and *width ratio* the mean of the model's interval"
                + " width over the figure's own.\n\n");
        for (Posterior p : posteriors) {
            b.append("### ").append(p.label()).append(": `").append(p.file()).append("`, cutoff ").append(p.until())
                    .append("\n\n");
            b.append(p.fitted()).append(" figures fitted, ").append(p.figures().size() - p.fitted())
                    .append(" held out. ").append(capitalised(totals(p.heldOut()))).append(withoutSeen(p)).append(".\n\n");
            b.append("| target | fit / held out | output | period | statistic | figure (uncertainty) | model median (90 %:"
                    + " p05 – p95) | model mean | inside | IS | IS/\\|x\\| |\n");
            b.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (Figure f : p.figures()) {
                b.append("| ").append(f.name()).append(" | ").append(f.fitted() ? "fit" : f.seenHeldOut()
                        ? "**held out**, seen" : "**held out**").append(" | `")
                        .append(f.output()).append("` | ").append(f.period()).append(" | ").append(f.statistic())
                        .append(" | ").append(num(f.value())).append(" (").append(num(f.low())).append(" – ")
                        .append(num(f.high())).append(") | ").append(num(f.median())).append(" (").append(num(f.p05()))
                        .append(" – ").append(num(f.p95())).append(") | ").append(num(f.mean())).append(" | ")
                        .append(f.inside() ? "yes" : "**no**").append(" | ").append(num(f.score())).append(" | ")
                        .append(num(f.relativeScore())).append(" |\n");
            }
            List<Figure> seen = p.figures().stream().filter(Figure::seenHeldOut).toList();
            if (!seen.isEmpty()) {
                b.append("\n*Seen*: held out from this posterior, but a modelling choice was made after its score was"
                        + " seen, so its score is no clean test (it stays in the totals above):\n\n");
                for (Figure f : seen) {
                    b.append("- ").append(f.name()).append(": ").append(f.seen()).append('\n');
                }
            }
            b.append("\n![Every public figure against the runs with the ").append(p.label()).append("](img/")
                    .append(chartName(p)).append(".png)\n\n");
        }
        if (!posteriors.isEmpty()) {
            b.append("### By output\n\nEach output's figures against both posteriors, fitted and held out:\n\n");
            for (String output : outputs(posteriors)) {
                b.append("![").append(output).append(" against the public figures](img/").append(outputChartName(output))
                        .append(".png)\n\n");
            }
            b.append("### Sources\n\n| target | source |\n|---|---|\n");
            for (Figure f : posteriors.get(0).figures()) {
                b.append("| ").append(f.name()).append(" | ").append(f.source().replace("|", "/").replace("\n", " "))
                        .append(" |\n");
            }
            b.append('\n');
        }
        levers(b, made, levers);
        switchOff(b, switchOff);
        return b.toString();
    }

    private static void levers(StringBuilder b, Made made, List<Lever> levers) {
        b.append("## Levers: the direction each should move its outputs\n\n");
        b.append("Each row was written, with its reason, before looking at the output. The effect is the paired"
                + " difference after − before over ").append(made.leverReplications()).append(" replicates on the"
                + " same seeds (common random numbers), with its 90 % interval; the change holds for the whole run"
                + " (events that set the lever get the new value too). Each replicate draws its other parameters from"
                + " the scenario's current posterior, as `run` and `whatif` do, so the effect is averaged over what the"
                + " figures leave uncertain (whether North Korea's supply or Russia's demand limits deliveries, for"
                + " one); the lever itself keeps the value the row gives it.\n\n");
        b.append("| lever | change | output | over | expected | why | effect (90 % interval) | holds |\n");
        b.append("|---|---|---|---|---|---|---|---|\n");
        for (Lever r : levers) {
            String expected = switch (r.sign()) {
                case 1 -> "up";
                case -1 -> "down";
                default -> "nearly unchanged (within ±" + num(r.tolerance()) + ")";
            };
            String given = r.given().entrySet().stream().map(e -> "`" + e.getKey() + "` = " + num(e.getValue()))
                    .collect(java.util.stream.Collectors.joining(", "));
            b.append("| `").append(r.lever()).append("` | ").append(num(r.from())).append(" → ").append(num(r.to()))
                    .append(given.isEmpty() ? "" : ", given " + given)
                    .append(" | `").append(r.output()).append("` | ").append(r.over()).append(" | ")
                    .append(expected).append(" | ").append(r.why()).append(" | ").append(num(r.effect()))
                    .append(" (").append(num(r.low())).append(" – ").append(num(r.high())).append(") | ")
                    .append(r.holds() ? "yes" : "**no**").append(" |\n");
        }
    }

    private static void switchOff(StringBuilder b, List<SwitchOff> switchOff) {
        b.append("\n## No lever switches a flow off\n\n");
        b.append("North Korean shells delivered over the whole run with each lever at either end of its sweep range,"
                + " against the scenario as it is (one seed and its posterior draw). A lever other than the flow's own decision (the export"
                + " share) or its physical limit (transport) must leave at least 10 % of the deliveries.\n\n");
        b.append("| lever | value | shells delivered | as a share of the scenario's | holds |\n|---|---|---|---|---|\n");
        for (SwitchOff n : switchOff) {
            b.append("| `").append(n.lever()).append("` | ").append(num(n.value())).append(" | ")
                    .append(num(n.shells())).append(" | ")
                    .append(String.format(Locale.ROOT, "%.0f %%", 100 * n.shells() / n.baselineShells()))
                    .append(" | ").append(n.holds() ? "yes" : "**no**").append(" |\n");
        }
    }

    private static String use(Figure f) {
        return f.fitted() ? "fit" : "held out";
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String num(double v) {
        return NumberText.printed(v);
    }
}
