package alliancesim.report;

import alliancesim.files.InvalidInputException;
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

/** A small CSV file with a header, read whole: its column names and its rows as name -> text. */
record CsvTable(List<String> header, List<Map<String, String>> rows) {
    static CsvTable read(Path file) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser csv = format.parse(in)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord r : csv) {
                rows.add(new LinkedHashMap<>(r.toMap()));
            }
            return new CsvTable(List.copyOf(csv.getHeaderNames()), rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Commons CSV's words for a header with a repeated or empty name, or quoting it cannot follow:
            // the file of the user's folder was edited, which is bad input, not a bug of ours
            throw new InvalidInputException(file + ": not the CSV alliance-sim writes (" + e.getMessage() + "); the"
                    + " file was edited or damaged: run the command that made the folder again", e);
        }
    }

    double[] numbers(String column) {
        return rows.stream().mapToDouble(r -> number(r.get(column))).toArray();
    }

    static double number(String text) {
        return text == null || text.isEmpty() || text.equals("NA") ? Double.NaN : Double.parseDouble(text);
    }
}
