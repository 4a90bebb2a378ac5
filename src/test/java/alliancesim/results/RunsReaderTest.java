package alliancesim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.files.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunsReaderTest {
    @TempDir
    Path dir;

    @Test
    void rowsAreReadWithTheirKeysNumbersAndStatus() throws IOException {
        Path file = dir.resolve(RunsReader.NAME);
        Files.writeString(file, "point,replicate,seed,x,front_balance,shells_transferred_total,status,message\n"
                + "0,0,-12,0.25,0.5,1200,ok,\n"
                + "\n"
                + "0,1,99,0.25,NA,NA,failed,\"IllegalStateException: a, \"\"b\"\"\"\n"
                + "1,0,7,0.75,,3,ok,\n");
        try (RunsReader in = RunsReader.open(file)) {
            assertEquals(List.of("x", "front_balance", "shells_transferred_total"), in.valueColumns());
            int fb = in.column("front_balance");
            RunsReader.Row a = in.next();
            assertEquals(0, a.point());
            assertEquals("-12", a.seed());
            assertTrue(a.ok());
            assertEquals(0.5, a.number(fb));
            RunsReader.Row b = in.next();
            assertFalse(b.ok());
            assertEquals(RunsReader.FAILED, b.status());
            assertTrue(Double.isNaN(b.number(fb)), "NA is missing");
            assertEquals("IllegalStateException: a, \"b\"", b.cell(in.column("message")));
            RunsReader.Row c = in.next();
            assertEquals(1, c.point());
            assertTrue(Double.isNaN(c.number(fb)), "an empty cell is missing");
            assertNull(in.next());
        }
    }

    @Test
    void aCellThatIsNoNumberNamesItsLineAndColumn() throws IOException {
        Path file = dir.resolve(RunsReader.NAME);
        Files.writeString(file, "point,replicate,seed,front_balance,status,message\n0,0,1,0.5,ok,\n0,1,2,lots,ok,\n");
        try (RunsReader in = RunsReader.open(file)) {
            in.next();
            RunsReader.Row r = in.next();
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> r.number(3));
            assertTrue(e.getMessage().contains(file + ":3") && e.getMessage().contains("front_balance"), e.getMessage());
            assertThrows(InvalidInputException.class, () -> in.column("regional_tension"));
        }
    }

    @Test
    void aRowWithAnotherNumberOfCellsAndAFileWithoutKeysAreRefused() throws IOException {
        Path file = dir.resolve(RunsReader.NAME);
        Files.writeString(file, "point,replicate,seed,status,message\n0,0,1,ok\n");
        try (RunsReader in = RunsReader.open(file)) {
            InvalidInputException e = assertThrows(InvalidInputException.class, in::next);
            assertTrue(e.getMessage().contains(file + ":2"), e.getMessage());
        }
        Files.writeString(file, "a,b\n1,2\n");
        assertThrows(InvalidInputException.class, () -> RunsReader.open(file));
        Files.writeString(file, "");
        try (RunsReader in = RunsReader.open(file)) {
            assertNull(in.next(), "a sweep killed before its first row left an empty file");
        }
    }

    @Test
    void naIsTheOneMissingValue() {
        assertTrue(Double.isNaN(Na.parse(Na.TEXT)));
        assertTrue(Double.isNaN(Na.parse("")));
        assertEquals(-0.25, Na.parse("-0.25"));
        assertThrows(NumberFormatException.class, () -> Na.parse("n/a"));
    }
}
