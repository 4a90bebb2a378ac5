package alliancesim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A CSV file written under a temporary name, then renamed: a kill never leaves half a file. */
final class CsvFiles {
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private CsvFiles() {
    }

    @FunctionalInterface
    interface Rows {
        void print(CSVPrinter csv) throws IOException;
    }

    static void write(Path target, Rows rows) {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8); CSVPrinter csv = new CSVPrinter(w, CSV)) {
                rows.print(csv);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** NaN as NA, as R and pandas read it. */
    static String num(double v) {
        return Double.isNaN(v) ? "NA" : Double.toString(v);
    }
}
