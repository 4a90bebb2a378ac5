package alliancesim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.model.Output;
import alliancesim.model.Trajectory;
import alliancesim.results.RunsReader;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** runs.csv as the sweep writes it reads back through the one reader: keys, factor values, finals, totals, status. */
class RunsCsvTest {
    @TempDir
    Path dir;

    @Test
    void rowsWrittenReadBackCellForCell() throws IOException {
        List<Output> outputs = Output.all();
        double[][] v = new double[3][outputs.size()];
        for (int m = 0; m < v.length; m++) {
            for (int j = 0; j < outputs.size(); j++) {
                v[m][j] = 0.125 * (m + 1) + j; // exact in binary and in 8 significant digits
            }
        }
        StringWriter text = new StringWriter();
        RunsCsv csv = new RunsCsv(text, List.of("x"), outputs);
        csv.write(RunResult.ok(new RunKey(0, 0, -5), new Trajectory(v)), new double[] {0.25});
        csv.write(RunResult.failed(new RunKey(0, 1, 9), new IllegalStateException("no, \"such\"  run")), new double[] {0.25});
        csv.flush();
        Path file = dir.resolve(RunsReader.NAME);
        Files.writeString(file, text.toString());
        try (RunsReader in = RunsReader.open(file)) {
            RunsReader.Row ok = in.next();
            assertTrue(ok.ok());
            assertEquals("-5", ok.seed());
            assertEquals(0.25, ok.number(in.column("x")));
            for (Output o : outputs) {
                assertEquals(v[2][o.ordinal()], ok.number(in.column(o.key())), o.key());
                if (o.flow()) {
                    double total = v[0][o.ordinal()] + v[1][o.ordinal()] + v[2][o.ordinal()];
                    assertEquals(total, ok.number(in.column(o.totalKey())), 1e-9, o.totalKey());
                }
            }
            RunsReader.Row failed = in.next();
            assertFalse(failed.ok());
            assertEquals("IllegalStateException: no, \"such\" run", failed.cell(in.column("message")));
            assertTrue(Double.isNaN(failed.number(in.column(outputs.get(0).key()))));
            assertNull(in.next());
        }
    }
}
