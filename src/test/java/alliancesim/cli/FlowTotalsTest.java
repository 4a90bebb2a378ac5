package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.model.Output;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** runs.csv's {@code <output>_total}: a flow's total is the sum of its monthly values. */
class FlowTotalsTest {
    @TempDir
    Path dir;

    @Test
    void aFlowsTotalIsTheSumOfItsMonthlyValues() throws IOException {
        Path out = dir.resolve("tiny");
        Cli r = Cli.run("run", "scenarios/baseline.yaml", "--replications", "1", "--months", "4", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        // One run: timeseries.csv's mean of a month is that run's value, so the sum by hand is of those.
        List<CSVRecord> series = records(out.resolve("timeseries.csv"));
        CSVRecord run = records(out.resolve("runs.csv")).get(0);
        for (Output o : Output.all()) {
            if (!o.flow()) {
                assertTrue(!run.isMapped(o.key() + "_total"), o.key() + " is not a flow: no total column");
                continue;
            }
            double byHand = series.stream().filter(s -> s.get("output").equals(o.key()))
                    .mapToDouble(s -> Double.parseDouble(s.get("mean"))).sum();
            assertEquals(4, series.stream().filter(s -> s.get("output").equals(o.key())).count());
            assertEquals(byHand, Double.parseDouble(run.get(o.totalKey())), 1e-6 * Math.max(1, Math.abs(byHand)), o.key());
        }
        assertTrue(r.out().contains("shells_transferred_total"), r.out());
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"shells_transferred\" : \"flow\""), "manifest records each output's kind");
    }

    @Test
    void everyOutputDeclaresItsKind() {
        for (Output o : Output.all()) {
            assertTrue(o.kind() != null, o.key());
        }
        Map<String, Output.Kind> expected = Map.of("shells_transferred", Output.Kind.FLOW, "rus_casualties", Output.Kind.FLOW,
                "territory_change_km2", Output.Kind.FLOW, "rus_shell_stock", Output.Kind.STOCK, "prk_gdp_index",
                Output.Kind.INDEX, "regional_tension", Output.Kind.INDEX, "tie_rus_prk", Output.Kind.INDEX, "crises",
                Output.Kind.COUNT);
        expected.forEach((k, kind) -> assertEquals(kind, Output.byKey(k).orElseThrow().kind(), k));
        // An amount per month is a flow; nothing else is.
        for (Output o : Output.all()) {
            assertEquals(o.unit().endsWith("/month"), o.flow(), o.key());
        }
    }

    private static List<CSVRecord> records(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
