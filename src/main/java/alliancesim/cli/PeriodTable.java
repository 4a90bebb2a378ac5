package alliancesim.cli;

import alliancesim.batch.PeriodValues;
import alliancesim.model.Output;
import alliancesim.report.Change;
import alliancesim.report.ResultFolder;
import alliancesim.stats.Intervals;
import alliancesim.stats.PairedDifference;
import alliancesim.stats.Summary;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What --period prints: a flow by its total over the period, every other output at the period's
 * end and by its mean over it; for run a table of the runs, for whatif the paired differences.
 */
final class PeriodTable {
    private PeriodTable() {
    }

    /** One line of the answer: which value of which output, and how to read it off a run. */
    private record Measure(Output output, String what, String unit, Function<PeriodValues.Run, double[]> values) {
        double of(PeriodValues.Run run) {
            return values.apply(run)[output.ordinal()];
        }
    }

    private static List<Measure> measures(List<Output> outputs, PeriodOption.MonthSpan span) {
        return outputs.stream().flatMap(o -> o.flow()
                ? java.util.stream.Stream.of(new Measure(o, "total " + span.label(), ResultFolder.totalUnit(o.unit()),
                        PeriodValues.Run::total))
                : java.util.stream.Stream.of(new Measure(o, "in " + span.last(), o.unit(), PeriodValues.Run::end),
                        new Measure(o, "mean " + span.label(), o.unit(), PeriodValues.Run::mean))).toList();
    }

    /** run --period: each measure's mean and 5-95 % interval over the runs that succeeded. */
    static void print(PrintWriter console, List<Output> outputs, List<PeriodValues.Run> runs, PeriodOption.MonthSpan span) {
        List<PeriodValues.Run> ok = runs.stream().filter(PeriodValues.Run::ok).toList();
        console.printf("%nOver %s (months %d to %d), over %d runs: flows by their totals, the rest at the end and by"
                + " their means:%n", span.label(), span.from(), span.to(), ok.size());
        console.printf("  %-46s %12s   %-27s %s%n", "output", "mean", "5-95 % interval", "unit");
        for (Measure m : measures(outputs, span)) {
            if (ok.isEmpty()) {
                console.printf(Locale.ROOT, "  %-46s %12s   %-27s %s%n", m.output().key() + " " + m.what(), "NA", "NA",
                        m.unit());
                continue;
            }
            Summary s = Summary.of(ok.stream().mapToDouble(m::of).toArray());
            console.printf(Locale.ROOT, "  %-46s %12s   %-27s %s%n", m.output().key() + " " + m.what(),
                    Change.num(s.mean()), Change.num(s.p05()) + " to " + Change.num(s.p95()), m.unit());
        }
    }

    /** whatif --period: each measure's paired difference after - before over the pairs where both runs succeeded. */
    static void printDifferences(PrintWriter console, List<Output> outputs, List<PeriodValues.Run> before,
                                 List<PeriodValues.Run> after, PeriodOption.MonthSpan span) {
        int n = Math.min(before.size(), after.size());
        List<Integer> pairs = java.util.stream.IntStream.range(0, n)
                .filter(i -> before.get(i).ok() && after.get(i).ok()).boxed().toList();
        console.printf("%nOver %s (months %d to %d), %d pairs of runs on the same seeds; differences with their %s"
                + " confidence intervals:%n", span.label(), span.from(), span.to(), pairs.size(), Intervals.LABEL);
        for (Measure m : measures(outputs, span)) {
            PairedDifference d = difference(m, before, after, pairs);
            console.println("  " + Change.sentence(m.output().key(), m.what(), d.meanBefore(), d.meanAfter(),
                    d.meanDifference(), d.low(), d.high(), m.unit()));
        }
    }

    private static PairedDifference difference(Measure m, List<PeriodValues.Run> before, List<PeriodValues.Run> after,
                                               List<Integer> pairs) {
        double[] b = pairs.stream().mapToDouble(i -> m.of(before.get(i))).toArray();
        double[] a = pairs.stream().mapToDouble(i -> m.of(after.get(i))).toArray();
        return PairedDifference.of(b, a, Intervals.LEVEL);
    }
}
