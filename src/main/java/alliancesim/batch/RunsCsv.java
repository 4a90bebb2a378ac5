package alliancesim.batch;

import alliancesim.model.Output;
import alliancesim.stats.NumberText;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * runs.csv: one row per run with its point, replicate, seed, factor values, the final value of
 * every output, the total over the run of every flow output ({@code <output>_total}), and its
 * status (ok / failed, with the message).
 */
public final class RunsCsv {
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    /** The status and message cells of a successful run. */
    private static final String OK = FORMAT.format("ok", "");

    private final Writer out;
    private final CSVPrinter printer;
    private final List<String> factors;
    private final List<Output> outputs;

    public RunsCsv(Writer out, List<String> factors, List<Output> outputs) throws IOException {
        this(out, factors, outputs, true);
    }

    /** With header false, rows continue a file that already has its header (a resumed or chunked sweep). */
    public RunsCsv(Writer out, List<String> factors, List<Output> outputs, boolean withHeader) throws IOException {
        this.out = out;
        this.printer = new CSVPrinter(out, FORMAT);
        this.factors = List.copyOf(factors);
        this.outputs = List.copyOf(outputs);
        List<String> header = new ArrayList<>(List.of("point", "replicate", "seed"));
        header.addAll(this.factors);
        outputs.forEach(o -> header.add(o.key()));
        outputs.stream().filter(Output::flow).forEach(o -> header.add(o.totalKey()));
        header.add("status");
        header.add("message");
        if (withHeader) {
            printer.printRecord(header);
        }
    }

    public void write(RunResult result, double[] factorValues) throws IOException {
        out.append(row(result, factorValues));
    }

    /**
     * A run's row as text, built without CSVPrinter for a successful run (numbers and "ok" never
     * need quoting); a failed run's message goes through CSVPrinter's quoting.
     */
    public String row(RunResult result, double[] factorValues) {
        StringBuilder row = new StringBuilder(32 + 14 * (factorValues.length + outputs.size()));
        row.append(result.key().point()).append(',').append(result.key().replicate()).append(',')
                .append(result.key().seed());
        for (double v : factorValues) {
            row.append(',');
            NumberText.appendCsv(row, v);
        }
        for (Output o : outputs) {
            row.append(',');
            if (result.isOk()) {
                NumberText.appendCsv(row, result.trajectory().finalValue(o));
            } else {
                row.append("NA");
            }
        }
        for (Output o : outputs) {
            if (o.flow()) {
                row.append(',');
                if (result.isOk()) {
                    NumberText.appendCsv(row, result.trajectory().total(o));
                } else {
                    row.append("NA");
                }
            }
        }
        row.append(',').append(result.isOk() ? OK : FORMAT.format(result.status(), result.failure())).append('\n');
        return row.toString();
    }

    public void flush() throws IOException {
        printer.flush();
    }
}
