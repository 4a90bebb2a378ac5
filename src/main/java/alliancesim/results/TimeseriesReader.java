package alliancesim.results;

import alliancesim.files.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * timeseries.csv read back: one row per point x month x output with n, mean, sd, p05, p50 and p95
 * (and, in a sweep's file, the point's factor values, which these rows do not carry).
 */
public final class TimeseriesReader {
    public static final String NAME = "timeseries.csv";

    private TimeseriesReader() {
    }

    private static final List<String> COLUMNS = List.of("point", "month", "date", "output", "unit", "n", "mean", "sd",
            "p05", "p50", "p95");
    private static final String FIX = "restore it, or run the command that made the folder again";

    /**
     * The rows of the points wanted, read as a stream: a sweep's file can hold millions of rows. A
     * row's point is its first field, a plain integer, so rows of other points are skipped on that
     * prefix without being parsed as CSV (a sweep's report wants two points of thousands). A row that is
     * not as alliance-sim writes it is refused as file:line and what is wrong there.
     */
    public static List<TimeseriesRow> read(Path file, IntPredicate wanted) {
        List<TimeseriesRow> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            if (first == null) {
                return List.of();
            }
            List<String> header = CsvLine.split(first, file, 1, FIX);
            int[] at = new int[COLUMNS.size()];
            for (int j = 0; j < at.length; j++) {
                at[j] = header.indexOf(COLUMNS.get(j));
                if (at[j] < 0) {
                    throw new InvalidInputException(file + ":1: the header has no column " + COLUMNS.get(j)
                            + "; it is not a timeseries.csv as alliance-sim writes it: " + FIX);
                }
            }
            long number = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                int comma = line.indexOf(',');
                if (line.isEmpty() || !wanted.test(whole(comma > 0 ? line.substring(0, comma) : line, file, number,
                        "point"))) {
                    continue;
                }
                List<String> r = CsvLine.split(line, file, number, FIX);
                if (r.size() != header.size()) {
                    throw new InvalidInputException(file + ":" + number + ": the row has " + r.size() + " cells, the"
                            + " header " + header.size() + "; the file was edited or damaged: " + FIX);
                }
                rows.add(new TimeseriesRow(whole(r.get(at[0]), file, number, "point"),
                        whole(r.get(at[1]), file, number, "month"), r.get(at[2]), r.get(at[3]), r.get(at[4]),
                        whole(r.get(at[5]), file, number, "n"), value(r.get(at[6]), file, number, "mean"),
                        value(r.get(at[7]), file, number, "sd"), value(r.get(at[8]), file, number, "p05"),
                        value(r.get(at[9]), file, number, "p50"), value(r.get(at[10]), file, number, "p95")));
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidInputException(file + " is not UTF-8 text; the file was edited or damaged: " + FIX, e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(alliancesim.files.FileErrors.describe("cannot read " + file, e), e);
        }
        return rows;
    }

    private static int whole(String text, Path file, long line, String column) {
        return CsvDamage.cell(text, file, line, column, Integer::parseInt, "a whole number", FIX);
    }

    private static double value(String text, Path file, long line, String column) {
        return CsvDamage.cell(text, file, line, column, Na::parse, "a number or NA", FIX);
    }
}
