package alliancesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
