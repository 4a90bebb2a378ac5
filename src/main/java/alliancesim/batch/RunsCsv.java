package alliancesim.batch;

import alliancesim.model.Output;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * runs.csv: one row per run with its point, replicate, seed, factor values, the final value of
 * every output, and its status (ok / failed, with the message).
 */
public final class RunsCsv {
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private final CSVPrinter printer;
    private final List<String> factors;
    private final List<Output> outputs;

    public RunsCsv(Writer out, List<String> factors, List<Output> outputs) throws IOException {
        this(out, factors, outputs, true);
    }

    /** With header false, rows continue a file that already has its header (a resumed or chunked sweep). */
    public RunsCsv(Writer out, List<String> factors, List<Output> outputs, boolean withHeader) throws IOException {
        this.printer = new CSVPrinter(out, FORMAT);
        this.factors = List.copyOf(factors);
        this.outputs = List.copyOf(outputs);
        List<String> header = new ArrayList<>(List.of("point", "replicate", "seed"));
        header.addAll(this.factors);
        outputs.forEach(o -> header.add(o.key()));
        header.add("status");
        header.add("message");
        if (withHeader) {
            printer.printRecord(header);
        }
    }

    public void write(RunResult result, double[] factorValues) throws IOException {
        List<String> row = new ArrayList<>();
        row.add(Integer.toString(result.key().point()));
        row.add(Integer.toString(result.key().replicate()));
        row.add(Long.toString(result.key().seed()));
        for (double v : factorValues) {
            row.add(CsvNumbers.format(v));
        }
        for (Output o : outputs) {
            row.add(result.isOk() ? CsvNumbers.format(result.trajectory().finalValue(o)) : "NA");
        }
        row.add(result.status());
        row.add(result.isOk() ? "" : result.failure());
        printer.printRecord(row);
    }

    public void flush() throws IOException {
        printer.flush();
    }
}
