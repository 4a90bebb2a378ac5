package alliancesim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvLineTest {
    @Test
    void plainAndQuotedLinesGiveTheCellsCsvParserGives() {
        assertEquals(List.of("3", "0", "", "0.25", "ok", ""), CsvLine.split("3,0,,0.25,ok,"));
        assertEquals(List.of("3", "1", "NA", "failed", "IllegalStateException: a, \"b\""),
                CsvLine.split("3,1,NA,failed,\"IllegalStateException: a, \"\"b\"\"\""));
        assertEquals(List.of(""), CsvLine.split(""));
    }
}
