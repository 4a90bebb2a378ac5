package alliancesim.batch;

import alliancesim.model.Output;
import alliancesim.stats.Summary;
import java.io.IOException;
import java.io.Writer;
import java.time.YearMonth;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * timeseries.csv in long (tidy) form: one row per point x month x output with n, mean, sd and
 * the 5th, 50th and 95th percentiles over the point's successful runs (exact up to
 * {@link PointTimeseries#EXACT_RUNS} runs, P² estimates beyond). The calendar month and the unit
 * ride along, so a reader needs nothing else to plot it. A sweep's file also carries each point's
 * factor values, one column per factor beside {@code point}, so it needs no join with runs.csv.
 */
public final class TimeseriesCsv {
    public static final List<String> HEADER =
            List.of("point", "month", "date", "output", "unit", "n", "mean", "sd", "p05", "p50", "p95");

    private final CSVPrinter printer;
    private final YearMonth start;
    private final List<Output> outputs;
    private final int factors;

    public TimeseriesCsv(Writer out, YearMonth start, List<Output> outputs) throws IOException {
        this(out, start, outputs, true, List.of());
    }

    /** With {@code factors}, the sweep's factor names: a column each after {@code point}. */
    public TimeseriesCsv(Writer out, YearMonth start, List<Output> outputs, boolean withHeader, List<String> factors)
            throws IOException {
        this.printer = new CSVPrinter(out, RunsCsv.FORMAT);
        this.start = start;
        this.outputs = List.copyOf(outputs);
        this.factors = factors.size();
        if (withHeader) {
            List<String> header = new java.util.ArrayList<>(HEADER);
            header.addAll(1, factors);
            printer.printRecord(header);
        }
    }

    /** Summarizes one point's runs, month by month. */
    public void write(int point, List<RunResult> results) throws IOException {
        write(point, new double[0], PointTimeseries.of(outputs, results));
    }

    /** Writes a point's summaries, month by month and output by output, each row with the point's factor values. */
    public void write(int point, double[] factorValues, PointTimeseries series) throws IOException {
        if (factorValues.length != factors) {
            throw new IllegalArgumentException("point " + point + " has " + factorValues.length + " factor values, the file "
                    + factors + " factor columns");
        }
        List<Object> row = new java.util.ArrayList<>(HEADER.size() + factors);
        for (int month = 0; month < series.months(); month++) {
            for (Output o : outputs) {
                Summary s = series.summary(month, o);
                row.clear();
                row.add(point);
                for (double v : factorValues) {
                    row.add(CsvNumbers.format(v));
                }
                row.addAll(List.of(month, start.plusMonths(month).toString(), o.key(), o.unit(), s.n(),
                        CsvNumbers.format(s.mean()), CsvNumbers.format(s.sd()), CsvNumbers.format(s.p05()),
                        CsvNumbers.format(s.p50()), CsvNumbers.format(s.p95())));
                printer.printRecord(row);
            }
        }
    }

    public void flush() throws IOException {
        printer.flush();
    }
}
