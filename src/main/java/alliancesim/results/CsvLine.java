package alliancesim.results;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One line of a CSV file the tool wrote, as its cells. A line without a quote is split on its
 * commas (RFC 4180 has nothing else to undo there); a line with one goes through CSVParser, and a line whose quoting
 * it cannot follow is refused naming the file, line and column ({@link CsvDamage}).
 */
final class CsvLine {
    private CsvLine() {
    }

    /** The cells of line {@code number} of {@code file}. */
    static List<String> split(String line, Path file, long number, String fix) {
        if (line.indexOf('"') >= 0) {
            if (CsvDamage.misplacedQuote(line)) { // the parser reads a '"' inside an unquoted cell as text
                throw CsvDamage.ofLine(file, number, line, fix);
            }
            try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(line))) {
                List<CSVRecord> records = parser.getRecords();
                if (records.size() > 1) {
                    throw CsvDamage.ofLine(file, number, line, fix);
                }
                return records.isEmpty() ? List.of() : records.get(0).toList();
            } catch (IOException | UncheckedIOException e) {
                throw CsvDamage.ofLine(file, number, line, fix); // a string does not fail to read: its quoting failed
            }
        }
        List<String> cells = new ArrayList<>();
        int from = 0;
        for (int comma = line.indexOf(','); comma >= 0; comma = line.indexOf(',', from)) {
            cells.add(line.substring(from, comma));
            from = comma + 1;
        }
        cells.add(line.substring(from));
        return cells;
    }
}
