package alliancesim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import alliancesim.files.InvalidInputException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvLineTest {
    private static final Path FILE = Path.of("runs.csv");

    private static List<String> split(String line) {
        return CsvLine.split(line, FILE, 7, "run it again");
    }

    @Test
    void plainAndQuotedLinesGiveTheCellsCsvParserGives() {
        assertEquals(List.of("3", "0", "", "0.25", "ok", ""), split("3,0,,0.25,ok,"));
        assertEquals(List.of("3", "1", "NA", "failed", "IllegalStateException: a, \"b\""),
                split("3,1,NA,failed,\"IllegalStateException: a, \"\"b\"\"\""));
        assertEquals(List.of(""), split(""));
    }

    @Test
    void aLineWhoseQuotingTheParserCannotFollowIsNamedByFileLineAndColumnInWords() {
        InvalidInputException open = assertThrows(InvalidInputException.class, () -> split("\"3,0,0.25,ok,"));
        assertEquals("runs.csv:7:1: the quoted cell opened here is never closed (a '\"' added, or the file cut short);"
                + " the file was edited or damaged: run it again", open.getMessage());
        InvalidInputException after = assertThrows(InvalidInputException.class, () -> split("3,\"0\"x,ok"));
        assertEquals("runs.csv:7:6: text follows the '\"' that closes the quoted cell opened at line 7, column 3 (a '\"'"
                + " added or removed); the file was edited or damaged: run it again", after.getMessage());
    }

    @Test
    void theFirstMisplacedQuoteOfAFileIsFoundAcrossLines() throws IOException {
        // a failed run's message may hold a line break inside its quotes: that is sound
        assertEquals(null, CsvDamage.firstMisplacedQuote(new StringReader("a,b\n1,\"x\ny\"\n2,z\n"), 1));
        assertEquals("4:4: a '\"' inside a cell that does not start with one (a cell that holds a quote is quoted whole)",
                CsvDamage.firstMisplacedQuote(new StringReader("a,b\n1,\"x\ny\"\n2,z\"\n"), 1));
        assertEquals("2:3: the quoted cell opened here is never closed (a '\"' added, or the file cut short)",
                CsvDamage.firstMisplacedQuote(new StringReader("a,b\n1,\"x\n2,z\n"), 1));
    }
}
