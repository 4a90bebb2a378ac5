package alliancesim.cli;

import alliancesim.batch.PeriodValues;
import alliancesim.files.InvalidInputException;
import alliancesim.model.Output;
import alliancesim.report.ResultFolder;
import alliancesim.scenario.DidYouMean;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import alliancesim.stats.NumberText;
import alliancesim.stats.Summary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `table SCENARIO...`: a Markdown table of each scenario's means over its runs (the runs `run` makes,
 * on the same seeds and draws), flows by their totals: the README's scenario table, made rather than
 * summed by hand.
 */
@Command(name = "table", description = "A Markdown table of scenarios' means and 5-95 %% ranges over their runs"
        + " (flows by their totals), e.g. for the README.")
final class TableCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "scenario files; sweeps are left out")
    List<Path> files;

    @Option(names = "--outputs", split = ",", paramLabel = "a,b", description = "the columns (default:"
            + " shells_transferred,territory_change_km2,rus_casualties,front_balance)")
    List<String> outputs = new ArrayList<>(List.of("shells_transferred", "territory_change_km2", "rus_casualties",
            "front_balance"));

    @CommandLine.Mixin
    PeriodOption period = new PeriodOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A scenario to table and the months it is read over. */
    private record Row(Path file, Scenario scenario, PeriodOption.MonthSpan span) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Output> columns = columns();
        List<Row> rows = new ArrayList<>();
        for (Path file : files) { // every file checked before anything runs
            Scenario s = new ScenarioLoader().load(file);
            if (s.sweep().isPresent()) {
                spec.commandLine().getErr().println("note: " + file + " is a sweep; left out of the table");
                continue;
            }
            Optional<PeriodOption.MonthSpan> span = period.resolve(s.start(), s.months());
            rows.add(new Row(file, s, span.orElse(new PeriodOption.MonthSpan(0, s.months() - 1, s.start(),
                    s.start().plusMonths(s.months() - 1L)))));
        }
        List<String> header = new ArrayList<>(List.of("scenario"));
        columns.forEach(o -> header.add(heading(o, rows)));
        out.println("| " + String.join(" | ", header) + " |");
        out.println("|" + "---|".repeat(header.size()));
        for (Row r : rows) {
            List<PeriodValues.Run> runs = PeriodValues.of(r.scenario(), WorkOptions.simulator(r.scenario()),
                    r.span().from(), r.span().to()).stream().filter(PeriodValues.Run::ok).toList();
            List<String> cells = new ArrayList<>(List.of("[`" + r.scenario().name() + "`](" + r.file() + ")"));
            for (Output o : columns) {
                double[] v = runs.stream().mapToDouble(run -> (o.flow() ? run.total() : run.end())[o.ordinal()]).toArray();
                Summary sum = Summary.of(v);
                cells.add(v.length == 0 ? "NA" : cell(sum.mean()) + " (" + cell(sum.p05()) + " to " + cell(sum.p95()) + ")");
            }
            out.println("| " + String.join(" | ", cells) + " |");
        }
        out.printf("%n*Means (5–95 %% range) of each scenario's %s runs, %s; flows by their totals, the rest at the"
                + " end. Made by `%s`.*%n", runs(rows), months(rows), command());
        return Main.OK;
    }

    private List<Output> columns() {
        List<Output> columns = new ArrayList<>();
        for (String key : outputs) {
            columns.add(Output.byKey(key.strip()).orElseThrow(() -> new InvalidInputException("--outputs " + key
                    + ": no such output" + DidYouMean.hint(key.strip(), Output.all().stream().map(Output::key).toList()))));
        }
        return columns;
    }

    /** "North Korean shells delivered to Russia, total (shells)", or "Front balance, 2027-12 (index -1..1)". */
    private static String heading(Output o, List<Row> rows) {
        String when = o.flow() ? "total" : rows.stream().map(r -> r.span().last().toString()).distinct()
                .reduce((a, b) -> "end").orElse("end");
        return o.title() + ", " + when + " (" + (o.flow() ? ResultFolder.totalUnit(o.unit()) : o.unit()) + ")";
    }

    /** Three significant figures, millions as "11.2 M": a table to read, not to compute from. */
    static String cell(double v) {
        if (Math.abs(v) >= 1e6) {
            return String.format(Locale.ROOT, "%.3g M", v / 1e6);
        }
        return Math.abs(v) >= 1000 ? String.format(Locale.ROOT, "%,.0f",
                new java.math.BigDecimal(v).round(new java.math.MathContext(3)).doubleValue()) : NumberText.printed(v);
    }

    private static String runs(List<Row> rows) {
        return rows.stream().map(r -> String.valueOf(r.scenario().replications())).distinct().reduce((a, b) -> a + "/" + b)
                .orElse("0");
    }

    private static String months(List<Row> rows) {
        return rows.stream().map(r -> r.span().label()).distinct().reduce((a, b) -> a + "; " + b).orElse("");
    }

    private String command() {
        List<String> words = new ArrayList<>(List.of(Launcher.name()));
        words.addAll(spec.commandLine().getParseResult().originalArgs());
        return String.join(" ", words);
    }
}
