package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `table`: the README's scenario table, each cell the mean `run` gives for the same scenario. */
class TableCommandTest {
    @TempDir
    Path dir;

    @Test
    void eachCellIsTheMeanOfRunsCsv() throws IOException {
        Path tiny = dir.resolve("tiny.yaml");
        Files.writeString(tiny, "name: tiny\nextends: baseline\ntitle: Three runs\nreplications: 3\n");
        Cli table = Cli.run("table", tiny.toString(), "scenarios/sanctions-vs-deterrence.yaml", "--outputs",
                "shells_transferred,front_balance");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.err().contains("sanctions-vs-deterrence.yaml is a sweep; left out"), table.err());
        List<String> lines = table.out().lines().filter(l -> l.startsWith("|")).toList();
        assertEquals(3, lines.size(), table.out()); // header, rule, one scenario
        assertTrue(lines.get(0).contains("North Korean shells delivered to Russia, total (shells)"), lines.get(0));
        assertTrue(lines.get(0).contains("Front balance, 2027-12 (index -1..1)"), lines.get(0));
        String[] cells = lines.get(2).split("\\|");
        assertTrue(cells[1].contains("[`tiny`](" + tiny + ")"), cells[1]);

        Path out = dir.resolve("run");
        assertEquals(0, Cli.run("run", tiny.toString(), "--out", out.toString()).code());
        List<CSVRecord> runs = records(out.resolve("runs.csv"));
        double shells = runs.stream().mapToDouble(r -> Double.parseDouble(r.get("shells_transferred_total"))).average()
                .orElseThrow();
        double front = runs.stream().mapToDouble(r -> Double.parseDouble(r.get("front_balance"))).average().orElseThrow();
        assertEquals(shells, mean(cells[2]), 0.005 * Math.abs(shells), cells[2]);
        assertEquals(front, mean(cells[3]), 0.005 * Math.abs(front), cells[3]);
    }

    @Test
    void anUnknownOutputIsRefusedWithADidYouMean() {
        Cli r = Cli.run("table", "scenarios/baseline.yaml", "--outputs", "shells_transfered");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("did you mean 'shells_transferred'"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void cellsReadAsThreeFigures() {
        assertEquals("11.2 M", TableCommand.cell(11_233_295));
        assertEquals("18,400", TableCommand.cell(18_437.2));
        assertEquals("954,000", TableCommand.cell(954_321));
        assertEquals("0.127", TableCommand.cell(0.12745));
        assertEquals("-0.173", TableCommand.cell(-0.1734));
    }

    /** The mean at the start of a cell: "11.2 M (…)" is 11,200,000. */
    private static double mean(String cell) {
        String first = cell.strip().split(" \\(")[0];
        return first.endsWith(" M") ? Double.parseDouble(first.replace(" M", "")) * 1e6
                : Double.parseDouble(first.replace(",", ""));
    }

    private static List<CSVRecord> records(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
