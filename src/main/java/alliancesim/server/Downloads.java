package alliancesim.server;

import alliancesim.batch.PairedEnsemble;
import alliancesim.model.Output;
import alliancesim.model.Param;
import alliancesim.scenario.Scenario;
import alliancesim.stats.NumberText;
import alliancesim.stats.PairedDifference;
import alliancesim.stats.Summary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** What the page offers to keep: the setting as a scenario file, the numbers as CSV. */
final class Downloads {
    private Downloads() {
    }

    /**
     * The page's setting as a scenario that `run` and `whatif` accept unchanged: it extends the served
     * scenario by its file's name (a shipped scenario, or one saved beside it) and sets the levers.
     */
    static String scenarioYaml(Scenario s, WhatIfRequest request) {
        StringBuilder y = new StringBuilder();
        String parent = parentName(s);
        y.append("# a what-if from the alliance-sim page; run it with: alliance-sim run FILE\n");
        y.append("name: ").append(parent).append("-whatif\n");
        y.append("extends: ").append(parent).append('\n');
        y.append("title: ").append(WhatIfServer.write(s.title() + (request.levers().isEmpty() ? ""
                : ", with " + String.join(", ", request.levers().entrySet().stream()
                        .map(e -> e.getKey().key() + " = " + value(e.getKey(), e.getValue())).toList())))).append('\n');
        y.append("replications: ").append(request.replications()).append('\n');
        if (!request.levers().isEmpty()) {
            y.append("set:\n");
            request.levers().entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> a.key().compareTo(b.key())))
                    .forEach(e -> y.append("  ").append(e.getKey().key()).append(": ")
                            .append(value(e.getKey(), e.getValue())).append('\n'));
        }
        return y.toString();
    }

    /** The scenario's file name without .yaml, as `extends` names it. */
    static String parentName(Scenario s) {
        if (s.source() == null) {
            return s.name();
        }
        String file = s.source().getFileName().toString();
        return file.endsWith(".yaml") ? file.substring(0, file.length() - ".yaml".length()) : file;
    }

    private static String value(Param p, double v) {
        if (p.kind() == Param.Kind.BOOLEAN) {
            return v != 0 ? "true" : "false";
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** The bands, one row per output, arm and month: tidy, as pandas and R read it. */
    static String bandsCsv(PairedEnsemble.Outcome outcome) {
        Scenario s = outcome.before();
        return csv(List.of("output", "unit", "arm", "month", "date", "n", "p05", "p50", "p95"), rows -> {
            for (Output o : WhatIfServer.OUTPUTS) {
                for (PairedEnsemble.Arm a : List.of(outcome.asItIs(), outcome.withChange())) {
                    for (int m = 0; m < s.months(); m++) {
                        Summary x = a.summary(m, o);
                        rows.add(List.of(o.key(), o.unit(), a == outcome.asItIs() ? "as_it_is" : "with_levers",
                                String.valueOf(m), s.start().plusMonths(m).toString(), String.valueOf(x.n()),
                                NumberText.csv(x.p05()), NumberText.csv(x.p50()), NumberText.csv(x.p95())));
                    }
                }
            }
        });
    }

    /** The paired difference of each output, under the column names of `whatif`'s summary.csv. */
    static String differencesCsv(PairedEnsemble.Outcome outcome) {
        return csv(List.of("output", "statistic", "when", "unit", "n", "before_mean", "after_mean", "difference",
                "ci90_low", "ci90_high"), rows -> {
                    for (Output o : WhatIfServer.OUTPUTS) {
                        PairedDifference d = outcome.difference(o);
                        rows.add(List.of(o.key(), o.flow() ? "total" : "final", outcome.when(o), outcome.unit(o),
                                String.valueOf(d.n()), NumberText.csv(d.meanBefore()), NumberText.csv(d.meanAfter()),
                                NumberText.csv(d.meanDifference()), NumberText.csv(d.low()), NumberText.csv(d.high())));
                    }
                });
    }

    private static String csv(List<String> header, Consumer<List<List<String>>> fill) {
        List<List<String>> rows = new ArrayList<>();
        fill.accept(rows);
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }
}
