package alliancesim.report;

import alliancesim.files.InvalidInputException;
import alliancesim.results.CsvDamage;
import alliancesim.results.Na;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A small CSV file with a header, read whole: its column names and its rows as name -> text, with the
 * line each row ends on, so a value that is not what alliance-sim wrote is reported at its line.
 */
record CsvTable(Path file, List<String> header, List<Map<String, String>> rows, List<Long> lines) {
    static CsvTable read(Path file) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser csv = format.parse(in)) {
            List<Map<String, String>> rows = new ArrayList<>();
            List<Long> lines = new ArrayList<>();
            for (CSVRecord r : csv) {
                rows.add(new LinkedHashMap<>(r.toMap()));
                lines.add(csv.getCurrentLineNumber());
            }
            return new CsvTable(file, List.copyOf(csv.getHeaderNames()), rows, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Commons CSV's words for a header with a repeated or empty name, or quoting it cannot follow:
            // the file of the user's folder was edited, which is bad input, not a bug of ours
            throw new InvalidInputException(file + ": not the CSV alliance-sim writes (" + e.getMessage() + "); the"
                    + " file was edited or damaged: run the command that made the folder again", e);
        }
    }

    private static final String FIX = "run the command that made the folder again";

    /**
     * Checks up front that every cell of these columns is a number or NA ({@code whole}: a whole number), so
     * that a damaged file is bad input named at its line, not an error halfway through a report.
     */
    CsvTable requireNumbers(boolean whole, String... columns) {
        for (String column : columns) {
            if (!header.contains(column)) {
                throw new InvalidInputException(file + " has no column '" + column + "'; the file was edited or"
                        + " damaged: " + FIX);
            }
            require(column, whole ? Integer::parseInt : Na::parse, whole ? "a whole number" : "a number or NA");
        }
        return this;
    }

    /** Checks that every cell of the column is a calendar month, YYYY-MM, as {@link #requireNumbers} does numbers. */
    CsvTable requireMonths(String column) {
        return require(column, java.time.YearMonth::parse, "a month (YYYY-MM)");
    }

    private CsvTable require(String column, java.util.function.Function<String, ?> parse, String kind) {
        for (int i = 0; i < rows.size(); i++) {
            CsvDamage.cell(rows.get(i).get(column), file, lines.get(i), column, parse, kind, FIX);
        }
        return this;
    }

    double[] numbers(String column) {
        return rows.stream().mapToDouble(r -> number(r.get(column))).toArray();
    }

    /** A cell as a number by the result files' one NA rule; a missing cell (a short row) is NaN too. */
    static double number(String text) {
        return text == null ? Double.NaN : Na.parse(text);
    }
}
