package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.batch.PeriodValues;
import alliancesim.model.Output;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --period: flows totalled over the months, the rest at the period's end and by their mean over it. */
class PeriodTest {
    @TempDir
    Path dir;

    /** One run: timeseries.csv's mean of a month is that run's value, so the period's figures are sums of its rows. */
    @Test
    void runsTableOverAPeriodIsTheHandSumOfItsMonths() throws IOException {
        Path out = dir.resolve("one");
        Cli r = Cli.run("run", "scenarios/baseline.yaml", "--replications", "1", "--months", "12", "--period",
                "2023-11..2024-04", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Over 2023-11..2024-04 (months 2 to 7), over 1 runs"), r.out());
        List<CSVRecord> series = records(out.resolve("timeseries.csv"));
        for (Output o : List.of(Output.SHELLS_TRANSFERRED, Output.RUS_CASUALTIES, Output.RUS_SHELL_STOCK,
                Output.FRONT_BALANCE)) {
            double[] months = series.stream().filter(s -> s.get("output").equals(o.key()))
                    .filter(s -> Integer.parseInt(s.get("month")) >= 2 && Integer.parseInt(s.get("month")) <= 7)
                    .mapToDouble(s -> Double.parseDouble(s.get("mean"))).toArray();
            assertEquals(6, months.length);
            double sum = java.util.Arrays.stream(months).sum();
            if (o.flow()) {
                assertClose(sum, printed(r.out(), o.key() + " total 2023-11..2024-04"), o.key());
            } else {
                assertClose(months[5], printed(r.out(), o.key() + " in 2024-04"), o.key());
                assertClose(sum / 6, printed(r.out(), o.key() + " mean 2023-11..2024-04"), o.key());
            }
        }
    }

    /** The runs made again for a period are the folder's runs: over the whole run they give runs.csv's figures. */
    @Test
    void theRunsMadeAgainAreTheFoldersRuns() throws IOException {
        Path out = dir.resolve("three");
        Cli r = Cli.run("run", "scenarios/baseline.yaml", "--replications", "3", "--months", "10", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/baseline.yaml")).withReplications(3).withHorizon(10);
        List<PeriodValues.Run> again = PeriodValues.of(s, WorkOptions.simulator(s), 0, 9);
        List<CSVRecord> runs = records(out.resolve("runs.csv"));
        assertEquals(3, runs.size());
        for (int i = 0; i < 3; i++) {
            for (Output o : Output.all()) {
                double atEnd = Double.parseDouble(runs.get(i).get(o.key()));
                assertEquals(atEnd, again.get(i).end()[o.ordinal()], 1e-7 * Math.max(1, Math.abs(atEnd)), o.key());
                if (o.flow()) {
                    double total = Double.parseDouble(runs.get(i).get(o.totalKey()));
                    assertEquals(total, again.get(i).total()[o.ordinal()], 1e-7 * Math.max(1, Math.abs(total)), o.key());
                }
            }
        }
    }

    /** whatif over the whole run answers a flow as its total does (that one read from runs.csv). */
    @Test
    void whatifOverThePeriodOfTheRunEqualsItsTotals() {
        Path out = dir.resolve("whatif");
        Cli r = Cli.run("whatif", "scenarios/baseline.yaml", "--replications", "6", "--months", "8", "--set",
                "munitions.prk_export_share=0.1", "--period", "2023-09..2024-04", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String fromRuns = line(r.out(), "shells_transferred total 2023-09..2024-04:", 0);
        String again = line(r.out(), "shells_transferred total 2023-09..2024-04:", 1);
        // the same sentence, up to runs.csv's 8 significant digits
        assertEquals(fromRuns.replaceAll("[0-9,.-]+", "#"), again.replaceAll("[0-9,.-]+", "#"));
        double[] a = numbers(fromRuns);
        double[] b = numbers(again);
        assertEquals(a.length, b.length);
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i], b[i], 1e-6 * Math.abs(a[i]) + 1, fromRuns + " / " + again);
        }
        assertTrue(r.out().contains("6 pairs of runs on the same seeds"), r.out());
        assertTrue(r.out().contains("rus_shell_stock mean 2023-09..2024-04:"), r.out());
    }

    /** compare --period: each folder's figure is the hand sum (or mean) of its timeseries.csv's monthly means. */
    @Test
    void compareOverAPeriodReadsEachFoldersMonthlyMeans() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(0, Cli.run("run", "scenarios/baseline.yaml", "--replications", "3", "--months", "8", "--out",
                a.toString()).code());
        assertEquals(0, Cli.run("run", "scenarios/china-restrains.yaml", "--replications", "3", "--months", "8", "--out",
                b.toString()).code());
        Cli r = Cli.run("compare", a.toString(), b.toString(), "--period", "2023-10..2024-01", "--out",
                dir.resolve("cmp").toString(), "--outputs", "shells_transferred,rus_shell_stock");
        assertEquals(0, r.code(), r.err());
        String sentence = line(r.out(), "shells_transferred total 2023-10..2024-01:", 0);
        double[] printed = numbers(sentence);
        assertClose(monthsSum(a, "shells_transferred", 1, 4), printed[printed.length - 3], "baseline");
        assertClose(monthsSum(b, "shells_transferred", 1, 4), printed[printed.length - 2], "china-restrains");
        assertClose(monthsSum(a, "rus_shell_stock", 1, 4) / 4, numbers(line(r.out(),
                "rus_shell_stock mean 2023-10..2024-01:", 0))[0], "mean");
        Cli outside = Cli.run("compare", a.toString(), b.toString(), "--period", "2024-01..2024-06", "--out",
                dir.resolve("never").toString());
        assertEquals(2, outside.code());
        assertTrue(outside.err().contains("--period 2024-01..2024-06 is outside the months of"), outside.err());
        assertFalse(Files.exists(dir.resolve("never")));
    }

    private static double monthsSum(Path folder, String output, int from, int to) throws IOException {
        return records(folder.resolve("timeseries.csv")).stream().filter(s -> s.get("output").equals(output))
                .filter(s -> Integer.parseInt(s.get("month")) >= from && Integer.parseInt(s.get("month")) <= to)
                .mapToDouble(s -> Double.parseDouble(s.get("mean"))).sum();
    }

    @Test
    void aPeriodOutsideTheScenarioIsRefusedBeforeAnythingRuns() {
        Path out = dir.resolve("never");
        Cli r = Cli.run("run", "scenarios/baseline.yaml", "--months", "12", "--period", "2024-06..2024-12", "--out",
                out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--period 2024-06..2024-12 is outside the scenario's months 2023-09..2024-08"), r.err());
        assertFalse(Files.exists(out));
        Cli backwards = Cli.run("whatif", "scenarios/baseline.yaml", "--set", "china.facilitation=0.1", "--period",
                "2024-06..2024-01", "--out", out.toString());
        assertEquals(2, backwards.code());
        assertTrue(backwards.err().contains("ends before it starts"), backwards.err());
        Cli garbled = Cli.run("run", "scenarios/baseline.yaml", "--period", "2024", "--out", out.toString());
        assertEquals(2, garbled.code());
        assertTrue(garbled.err().contains("e.g. --period 2024-01..2024-12"), garbled.err());
        assertFalse(Files.exists(out));
    }

    /** The n-th line (0-based) holding {@code start}, from it on. */
    private static String line(String out, String start, int nth) {
        List<String> found = out.lines().filter(l -> l.contains(start)).map(l -> l.substring(l.indexOf(start))).toList();
        assertTrue(found.size() > nth, start + " in:\n" + out);
        return found.get(nth);
    }

    private static double[] numbers(String sentence) {
        return Pattern.compile("-?[0-9][0-9,]*(\\.[0-9]+)?").matcher(sentence.substring(sentence.indexOf(':')))
                .results().mapToDouble(m -> Double.parseDouble(m.group().replace(",", ""))).toArray();
    }

    /** The mean printed on the line of {@code label}. */
    private static double printed(String out, String label) {
        Matcher m = Pattern.compile("(?m)^  " + Pattern.quote(label) + "\\s+(-?[0-9,.]+)\\s").matcher(out);
        assertTrue(m.find(), label + " in:\n" + out);
        return Double.parseDouble(m.group(1).replace(",", ""));
    }

    /** Printed to three significant figures or to the unit. */
    private static void assertClose(double byHand, double printed, String what) {
        assertEquals(byHand, printed, 1e-9 + 0.006 * Math.abs(byHand), what);
    }

    private static List<CSVRecord> records(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
