package alliancesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import alliancesim.analysis.PointTable;
import alliancesim.files.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PointLabelTest {
    @TempDir
    Path dir;

    /** A drawn point (Sobol, LHS) has long values: its label keeps 3 significant digits, a grid's levels stay whole. */
    @Test
    void aPointIsLabelledByItsFactorValuesToThreeSignificantDigits() throws IOException {
        Path runs = dir.resolve("runs.csv");
        Files.writeString(runs, "point,replicate,seed,sanctions.pressure.rus,ties.cost_gain,troops.prk_to_rus,front_balance,status,message\n"
                + "0,0,1,0.316406,0.0640137,11000,0.1,ok,\n"
                + "1,0,2,0.25,0,2500,0.2,ok,\n");
        List<String> factors = List.of("sanctions.pressure.rus", "ties.cost_gain", "troops.prk_to_rus");
        PointTable t = PointTable.read(runs, factors, List.of("front_balance"), 2, false);
        assertEquals("pressure.rus 0.316, cost_gain 0.064, prk_to_rus 11000", SweepReport.pointLabel(t, factors, 0));
        assertEquals("pressure.rus 0.25, cost_gain 0, prk_to_rus 2500", SweepReport.pointLabel(t, factors, 1));
    }

    /** runs.csv is read line by line: a failed run's quoted message is one cell, and a missing column is named. */
    @Test
    void aQuotedMessageIsOneCellAndAMissingColumnIsNamed() throws IOException {
        Path runs = dir.resolve("runs.csv");
        Files.writeString(runs, "point,replicate,seed,sanctions.pressure.rus,front_balance,status,message\n"
                + "0,0,1,0.5,NA,failed,\"IllegalStateException: a, \"\"b\"\"\"\n"
                + "0,1,2,0.5,0.25,ok,\n");
        List<String> factors = List.of("sanctions.pressure.rus");
        PointTable t = PointTable.read(runs, factors, List.of("front_balance"), 1, true);
        assertEquals(0.25, t.mean(0, "front_balance"), 1e-12, "the failed run is left out");
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> PointTable.read(runs, factors, List.of("regional_tension"), 1, false));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("has no column 'regional_tension'"),
                e.getMessage());
    }
}
