package alliancesim.results;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * timeseries.csv read back: one row per point x month x output with n, mean, sd, p05, p50 and p95
 * (and, in a sweep's file, the point's factor values, which these rows do not carry).
 */
public final class TimeseriesReader {
    public static final String NAME = "timeseries.csv";

    private TimeseriesReader() {
    }

    /**
     * The rows of the points wanted, read as a stream: a sweep's file can hold millions of rows. A
     * row's point is its first field, a plain integer, so rows of other points are skipped on that
     * prefix without being parsed as CSV (a sweep's report wants two points of thousands).
     */
    public static List<TimeseriesRow> read(Path file, IntPredicate wanted) {
        StringBuilder kept = new StringBuilder();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                return List.of();
            }
            kept.append(header).append('\n');
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int comma = line.indexOf(',');
                if (comma > 0 && wanted.test(Integer.parseInt(line, 0, comma, 10))) {
                    kept.append(line).append('\n');
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<TimeseriesRow> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = new StringReader(kept.toString())) {
            for (CSVRecord r : format.parse(in)) {
                rows.add(new TimeseriesRow(Integer.parseInt(r.get("point")), Integer.parseInt(r.get("month")),
                        r.get("date"), r.get("output"), r.get("unit"), Integer.parseInt(r.get("n")),
                        Na.parse(r.get("mean")), Na.parse(r.get("sd")), Na.parse(r.get("p05")), Na.parse(r.get("p50")),
                        Na.parse(r.get("p95"))));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return rows;
    }
}
