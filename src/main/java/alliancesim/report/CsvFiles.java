package alliancesim.report;

import alliancesim.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
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
        AtomicFiles.write(target, w -> {
            CSVPrinter csv = new CSVPrinter(w, CSV);
            rows.print(csv);
            csv.flush();
        });
    }

    /** NaN as NA, as R and pandas read it. */
    static String num(double v) {
        return Double.isNaN(v) ? "NA" : Double.toString(v);
    }
}
