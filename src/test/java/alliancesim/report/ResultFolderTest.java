package alliancesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.files.InvalidInputException;
import alliancesim.results.TimeseriesRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultFolderTest {
    @TempDir
    Path dir;

    @Test
    void readsOnlyTheRowsOfThePointsWanted() throws IOException {
        Files.writeString(dir.resolve("manifest.json"), "{\"scenario\": {\"name\": \"t\"}}\n");
        StringBuilder csv = new StringBuilder("point,month,date,output,unit,n,mean,sd,p05,p50,p95\n");
        for (int point = 0; point < 4; point++) {
            for (int month = 0; month < 2; month++) {
                csv.append(point).append(',').append(month).append(",2023-0").append(9 - month)
                        .append(",front_balance,index,3,").append(point + month / 10.0).append(",0.1,NA,0.5,0.9\n");
            }
        }
        Files.writeString(dir.resolve("timeseries.csv"), csv);
        ResultFolder folder = ResultFolder.open(dir);
        assertEquals(8, folder.timeseries().size());
        List<TimeseriesRow> ends = folder.timeseries(p -> p == 0 || p == 3);
        assertEquals(List.of(0, 0, 3, 3), ends.stream().map(TimeseriesRow::point).toList());
        assertEquals(3.1, ends.get(3).mean(), 1e-12);
        assertEquals(Double.NaN, ends.get(0).p05());
    }
    /**
     * A what-if shows a relative move only for a quantity that cannot be negative (0.204 -> 0.004 is
     * not -98 %): the folder's manifest says which outputs may be negative, as the model declared
     * them; a folder written before it did is read by the unit's range and territory's name.
     */
    @Test
    void whetherAnOutputMayBeNegativeComesFromTheManifest() throws IOException {
        Files.writeString(dir.resolve("timeseries.csv"), "point,month,date,output,unit,n,mean,sd,p05,p50,p95\n");
        Files.writeString(dir.resolve("manifest.json"), "{\"either_sign_outputs\": [\"territory_change_km2\"]}\n");
        ResultFolder listed = ResultFolder.open(dir);
        assertTrue(listed.eitherSign("territory_change_km2", "km2/month"));
        assertFalse(listed.eitherSign("prk_shell_stock", "shells"));
        assertFalse(listed.eitherSign("front_balance", "index -1..1"), "the list decides");
        Files.writeString(dir.resolve("manifest.json"), "{}\n");
        ResultFolder older = ResultFolder.open(dir);
        assertTrue(older.eitherSign("front_balance", "index -1..1"), "read from the unit");
        assertTrue(older.eitherSign("territory_change_km2", "km2/month"));
        assertFalse(older.eitherSign("prk_shell_stock", "shells"));
    }

    /** The record's end is read back from the manifest's resolved scenario; a folder without it has none. */
    @Test
    void theRecordsEndComesFromTheManifestsScenario() throws IOException {
        Files.writeString(dir.resolve("timeseries.csv"), "point,month,date,output,unit,n,mean,sd,p05,p50,p95\n");
        Files.writeString(dir.resolve("manifest.json"), "{\"scenario\": {\"name\": \"t\", \"record_ends\": \"2026-02\"}}\n");
        assertEquals(java.util.Optional.of(java.time.YearMonth.of(2026, 2)), ResultFolder.open(dir).recordEnds());
        Files.writeString(dir.resolve("manifest.json"), "{\"scenario\": {\"name\": \"t\"}}\n");
        assertEquals(java.util.Optional.empty(), ResultFolder.open(dir).recordEnds());
        Files.writeString(dir.resolve("manifest.json"), "{\"scenario\": {\"record_ends\": \"Feb 2026\"}}\n");
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> ResultFolder.open(dir).recordEnds());
        assertTrue(e.getMessage().contains("record_ends 'Feb 2026' is not a calendar month"), e.getMessage());
    }
}
