package alliancesim.batch;

import alliancesim.model.Output;
import alliancesim.stats.NumberText;
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

    private final Writer out;
    private final CSVPrinter printer;
    private final List<Output> outputs;
    private final int factors;
    private final YearMonth start;
    /** "output,unit" for each output, as CSVPrinter quotes them. */
    private final String[] outputCells;

    public TimeseriesCsv(Writer out, YearMonth start, List<Output> outputs) throws IOException {
        this(out, start, outputs, true, List.of());
    }

    /** With {@code factors}, the sweep's factor names: a column each after {@code point}. */
    public TimeseriesCsv(Writer out, YearMonth start, List<Output> outputs, boolean withHeader, List<String> factors)
            throws IOException {
        this.out = out;
        this.printer = new CSVPrinter(out, RunsCsv.FORMAT);
        this.start = start;
        this.outputs = List.copyOf(outputs);
        this.factors = factors.size();
        this.outputCells = new String[outputs.size()];
        for (int j = 0; j < outputCells.length; j++) {
            outputCells[j] = RunsCsv.FORMAT.format(outputs.get(j).key(), outputs.get(j).unit());
        }
        if (withHeader) {
            List<String> header = new java.util.ArrayList<>(HEADER);
            header.addAll(1, factors);
            printer.printRecord(header);
        }
    }

    /** Writes a point's summaries, month by month and output by output, each row with the point's factor values. */
    public void write(int point, double[] factorValues, PointTimeseries series) throws IOException {
        out.append(rows(point, factorValues, series));
    }

    /**
     * The rows {@link #write} writes, as text; safe to call from several threads at once. The cells
     * are built here rather than by CSVPrinter, which checks every character of every number for
     * quoting: numbers never need it, and the names and units are quoted once, by CSVPrinter
     * itself, in the constructor.
     */
    public StringBuilder rows(int point, double[] factorValues, PointTimeseries series) {
        if (factorValues.length != factors) {
            throw new IllegalArgumentException("point " + point + " has " + factorValues.length + " factor values, the file "
                    + factors + " factor columns");
        }
        if (!series.outputs().equals(outputs)) {
            throw new IllegalArgumentException("the series summarizes " + series.outputs() + ", the file has " + outputs);
        }
        StringBuilder prefix = new StringBuilder().append(point).append(',');
        for (double v : factorValues) {
            NumberText.appendCsv(prefix, v);
            prefix.append(',');
        }
        StringBuilder rows = new StringBuilder(series.months() * outputs.size() * 96);
        Summary[][] all = series.allSummaries();
        for (int month = 0; month < all.length; month++) {
            String date = start.plusMonths(month).toString();
            Summary[] summaries = all[month];
            for (int j = 0; j < outputs.size(); j++) {
                Summary s = summaries[j];
                rows.append(prefix).append(month).append(',').append(date).append(',').append(outputCells[j]).append(',')
                        .append(s.n()).append(',');
                NumberText.appendCsv(rows, s.mean());
                rows.append(',');
                NumberText.appendCsv(rows, s.sd());
                rows.append(',');
                NumberText.appendCsv(rows, s.p05());
                rows.append(',');
                NumberText.appendCsv(rows, s.p50());
                rows.append(',');
                NumberText.appendCsv(rows, s.p95());
                rows.append('\n');
            }
        }
        return rows;
    }

    public void flush() throws IOException {
        printer.flush();
    }
}
