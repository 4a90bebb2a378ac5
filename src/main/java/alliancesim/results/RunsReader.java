package alliancesim.results;

import alliancesim.files.InvalidInputException;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * runs.csv read as a stream, one run at a time: a sweep's file can hold millions of rows. The file
 * has one row per run: point, replicate, seed, the posterior particle drawn ({@value #PARTICLE}; files written before
 * it have no such column), the sweep's factor values, each output's final value,
 * each flow's total, status ({@value #OK} or failed) and message. Rows are one line each, so a line
 * is split on its commas unless it holds a quote (only a failed run's message can).
 */
public final class RunsReader implements Closeable {
    public static final String NAME = "runs.csv";
    public static final String OK = "ok";
    public static final String FAILED = "failed";
    /** The posterior particle a run drew: its 0-based row among posterior.csv's particles, NA when it drew none. */
    public static final String PARTICLE = "particle";
    /** The columns that are not a factor or an output. */
    public static final List<String> KEYS = List.of("point", "replicate", "seed", PARTICLE, "status", "message");
    private static final String FIX = "restore it, or run the command that made the folder again";

    private final Path file;
    private final BufferedReader in;
    private final List<String> header;
    private final int point;
    private final int replicate;
    private final int seed;
    private final int status;
    private final int particle;
    private long line = 1;

    private RunsReader(Path file) throws IOException {
        this.file = file;
        this.in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        String first = in.readLine();
        this.header = first == null ? List.of() : List.copyOf(CsvLine.split(first, file, 1, FIX));
        this.point = header.indexOf("point");
        this.replicate = header.indexOf("replicate");
        this.seed = header.indexOf("seed");
        this.status = header.indexOf("status");
        this.particle = header.indexOf(PARTICLE);
        if (!header.isEmpty() && (point < 0 || replicate < 0 || status < 0)) {
            in.close();
            throw new InvalidInputException(file + " has no point, replicate or status column: it is not a runs.csv"
                    + " alliance-sim wrote");
        }
    }

    /**
     * Opens runs.csv and reads its header; a file whose header lacks the key columns is refused naming it. An
     * empty file (a sweep killed before its first row) has no columns and no rows.
     */
    public static RunsReader open(Path file) {
        try {
            return new RunsReader(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public List<String> header() {
        return header;
    }

    /** The value columns: factors, outputs and totals, in the file's order. */
    public List<String> valueColumns() {
        return header.stream().filter(c -> !KEYS.contains(c)).toList();
    }

    /** A column's index; a missing one is refused naming the file and the column. */
    public int column(String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new InvalidInputException(file + " has no column '" + name + "'; is it a runs.csv as alliance-sim"
                    + " wrote it for this folder?");
        }
        return i;
    }

    public boolean has(String column) {
        return header.contains(column);
    }

    /** The next run, or null at the end; blank lines are skipped. */
    public Row next() {
        try {
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                line++;
                if (!text.isEmpty()) {
                    List<String> cells = CsvLine.split(text, file, line, FIX);
                    if (cells.size() != header.size()) {
                        throw new InvalidInputException(file + ":" + line + " has " + cells.size() + " cells where the"
                                + " header has " + header.size() + ": the file was edited or damaged");
                    }
                    return new Row(cells, line);
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One run's cells; numbers are read by the {@link Na} rule and a cell that is no number names its line. */
    public final class Row {
        private final List<String> cells;
        private final long lineNumber;

        private Row(List<String> cells, long lineNumber) {
            this.cells = cells;
            this.lineNumber = lineNumber;
        }

        public int point() {
            return (int) integer(point);
        }

        public int replicate() {
            return (int) integer(replicate);
        }

        /** The run's seed as written, or empty in a file without seeds. */
        public String seed() {
            return seed < 0 ? "" : cells.get(seed);
        }

        /**
         * The posterior particle the run drew (0-based among posterior.csv's particles), or empty when it drew none
         * (NA) or the file predates the column.
         */
        public java.util.OptionalInt particle() {
            if (particle < 0 || Double.isNaN(number(particle))) {
                return java.util.OptionalInt.empty();
            }
            return java.util.OptionalInt.of((int) integer(particle));
        }

        public boolean ok() {
            return OK.equals(cells.get(status));
        }

        public String status() {
            return cells.get(status);
        }

        public String cell(int column) {
            return cells.get(column);
        }

        public double number(int column) {
            try {
                return Na.parse(cells.get(column));
            } catch (NumberFormatException e) {
                throw notNumber(column);
            }
        }

        private long integer(int column) {
            try {
                return Long.parseLong(cells.get(column));
            } catch (NumberFormatException e) {
                throw notNumber(column);
            }
        }

        private InvalidInputException notNumber(int column) {
            return new InvalidInputException(file + ":" + lineNumber + ": '" + cells.get(column) + "' in column "
                    + header.get(column) + " is not a number; the file was edited or damaged");
        }
    }
}
