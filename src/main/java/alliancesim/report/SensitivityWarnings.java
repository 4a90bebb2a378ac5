package alliancesim.report;

import alliancesim.files.InvalidInputException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Sobol indices are shares of variance, in [0, 1]. An estimate outside it whose whole 95 %
 * interval is outside too is not noise around a true value: the sample is too small for the
 * estimator (or the output barely varies). Read from a folder's sensitivity.csv, one line each.
 */
public final class SensitivityWarnings {
    private SensitivityWarnings() {
    }

    public static List<String> of(Path dir) {
        Path file = dir.resolve("sensitivity.csv");
        List<String> warnings = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return warnings;
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : format.parse(in)) {
                String index = r.get("index");
                if (!index.equals("S1") && !index.equals("ST")) {
                    continue;
                }
                double v = number(r.get("estimate"));
                double low = number(r.get("ci95_low"));
                double high = number(r.get("ci95_high"));
                if ((v < 0 && high < 0) || (v > 1 && low > 1)) {
                    warnings.add(String.format(Locale.ROOT, "%s of %s for %s is %.3g (95 %% interval %.3g to %.3g), outside"
                            + " [0, 1] beyond its interval: the indices of this sweep need more samples",
                            index, r.get("factor"), r.get("output"), v, low, high));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // a cell that is no number (NumberFormatException), a column missing or quoting Commons CSV cannot follow:
            // sensitivity.csv of the user's folder was edited, which is bad input, not a bug of ours
            throw new InvalidInputException(file + ": not the sensitivity.csv alliance-sim writes (" + e.getMessage()
                    + "); the file was edited or damaged: run the sweep again", e);
        }
        return warnings;
    }

    private static double number(String text) {
        return text.isEmpty() || text.equals("NA") ? Double.NaN : Double.parseDouble(text);
    }
}
