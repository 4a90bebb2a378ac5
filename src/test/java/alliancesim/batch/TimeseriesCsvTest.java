package alliancesim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import alliancesim.files.InvalidInputException;
import alliancesim.model.Output;
import alliancesim.model.Trajectory;
import alliancesim.results.TimeseriesReader;
import alliancesim.results.TimeseriesRow;
import alliancesim.stats.Summary;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** timeseries.csv as written reads back through the one reader, row for row, to the written precision. */
class TimeseriesCsvTest {
    @TempDir
    Path dir;

    @Test
    void rowsWrittenReadBack() throws IOException {
        List<Output> outputs = List.of(Output.FRONT_BALANCE, Output.SHELLS_TRANSFERRED);
        List<RunResult> runs = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            double[][] v = new double[2][Output.all().size()];
            for (int m = 0; m < 2; m++) {
                v[m][Output.FRONT_BALANCE.ordinal()] = 0.25 * r - m;
                v[m][Output.SHELLS_TRANSFERRED.ordinal()] = 1000 * (r + m);
            }
            runs.add(RunResult.ok(new RunKey(3, r, r), new Trajectory(v)));
        }
        PointTimeseries series = PointTimeseries.of(outputs, runs);
        StringWriter text = new StringWriter();
        TimeseriesCsv csv = new TimeseriesCsv(text, YearMonth.of(2023, 9), outputs);
        csv.write(3, new double[0], series);
        csv.flush();
        Path file = Files.writeString(dir.resolve(TimeseriesReader.NAME), text.toString());
        List<TimeseriesRow> rows = TimeseriesReader.read(file, p -> p == 3);
        assertEquals(4, rows.size());
        TimeseriesRow last = rows.get(3);
        assertEquals("2023-10", last.date());
        assertEquals(Output.SHELLS_TRANSFERRED.key(), last.output());
        assertEquals(Output.SHELLS_TRANSFERRED.unit(), last.unit());
        // months 1 of the five runs: 1000, 2000, 3000, 4000, 5000
        assertEquals(5, last.n());
        assertEquals(3000, last.mean(), 1e-9);
        assertEquals(Math.sqrt(2.5e6), last.sd(), 1e-3);
        assertEquals(3000, last.p50(), 1e-9);
        Summary first = series.summary(0, Output.FRONT_BALANCE);
        assertEquals(first.mean(), rows.get(0).mean(), 1e-9);
        assertEquals(List.of(), TimeseriesReader.read(file, p -> p != 3));
    }

    @Test
    void aRowItCannotReadIsNamedByFileLineAndColumnNotByTheParser() throws IOException {
        Path file = dir.resolve("timeseries.csv");
        String header = "point,month,date,output,unit,n,mean,sd,p05,p50,p95\n";
        String good = "0,0,2023-09,front_balance,index,3,0.5,0.1,0.4,0.5,0.6\n";
        Files.writeString(file, header + good + "0,1,2023-10,front_balance,index,3,banana,0.1,0.4,0.5,0.6\n");
        assertEquals(file + ":3: mean is 'banana', not a number or NA; the file was edited or damaged: restore it, or run"
                + " the command that made the folder again", assertThrows(InvalidInputException.class,
                () -> TimeseriesReader.read(file, p -> true)).getMessage());
        Files.writeString(file, header + good + "x,1,2023-10,front_balance,index,3,0.5,0.1,0.4,0.5,0.6\n");
        assertEquals(file + ":3: point is 'x', not a whole number; the file was edited or damaged: restore it, or run the"
                + " command that made the folder again", assertThrows(InvalidInputException.class,
                () -> TimeseriesReader.read(file, p -> true)).getMessage());
        Files.writeString(file, header + good + "0,1,2023-10,front_balance,\"index\"x,3,0.5,0.1,0.4,0.5,0.6\n");
        assertEquals(file + ":3:34: text follows the '\"' that closes the quoted cell opened at line 3, column 27 (a '\"'"
                + " added or removed); the file was edited or damaged: restore it, or run the command that made the folder"
                + " again", assertThrows(InvalidInputException.class, () -> TimeseriesReader.read(file, p -> true))
                .getMessage());
    }
}
