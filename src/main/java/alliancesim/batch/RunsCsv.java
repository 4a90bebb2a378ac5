package alliancesim.batch;

import alliancesim.model.Output;
import alliancesim.results.RunsReader;
import alliancesim.stats.NumberText;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongToIntFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * runs.csv: one row per run with its point, replicate, seed, the posterior particle it drew ({@value #PARTICLE}: its
 * 0-based row among posterior.csv's particles, NA when the run draws no posterior), factor values, the final value of
 * every output, the total over the run of every flow output ({@code <output>_total}), and its
 * status (ok / failed, with the message).
 */
public final class RunsCsv {
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
    /** The particle column's name; a runs.csv written before it existed has none and is continued without it. */
    public static final String PARTICLE = RunsReader.PARTICLE;

    /** The status and message cells of a successful run. */
    private static final String OK = FORMAT.format("ok", "");

    private final Writer out;
    private final CSVPrinter printer;
    private final List<String> factors;
    private final List<Output> outputs;
    /** The particle each seed draws (the run's simulator), or null: a file without the column, continued without it. */
    private final LongToIntFunction particles;

    /** Runs that draw no posterior: the particle column is NA throughout. */
    public RunsCsv(Writer out, List<String> factors, List<Output> outputs) throws IOException {
        this(out, factors, outputs, true, seed -> Simulator.NO_PARTICLE);
    }

    /**
     * With header false, rows continue a file that already has its header (a resumed or chunked sweep).
     * {@code particles} gives the particle a run's seed draws (e.g. {@code simulator::particle}); null continues a file
     * an older alliance-sim wrote without the particle column, so its rows keep one shape.
     */
    public RunsCsv(Writer out, List<String> factors, List<Output> outputs, boolean withHeader,
                   LongToIntFunction particles) throws IOException {
        this.out = out;
        this.printer = new CSVPrinter(out, FORMAT);
        this.factors = List.copyOf(factors);
        this.outputs = List.copyOf(outputs);
        this.particles = particles;
        List<String> header = new ArrayList<>(List.of("point", "replicate", "seed"));
        if (particles != null) {
            header.add(PARTICLE);
        }
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
        if (particles != null) {
            int particle = particles.applyAsInt(result.key().seed());
            row.append(',');
            if (particle == Simulator.NO_PARTICLE) {
                row.append(alliancesim.results.Na.TEXT);
            } else {
                row.append(particle);
            }
        }
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
