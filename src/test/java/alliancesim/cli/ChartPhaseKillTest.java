package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #23, "finish what a kill interrupted": a sweep killed while its charts and report were written is finished by --resume. */
class ChartPhaseKillTest {
    @TempDir
    Path dir;

    private static List<Path> charts(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder.resolve("charts"))) {
            return s.sorted().toList();
        }
    }

    @Test
    void aResumeWritesTheChartsAndReportAKillLeftMissing() throws IOException {
        Path folder = dir.resolve("s");
        Cli first = Cli.run("sweep", "scenarios/sanctions-vs-deterrence.yaml", "--replications", "2", "--months", "6",
                "--out", folder.toString());
        assertEquals(0, first.code(), first.err());
        List<Path> charts = charts(folder);
        assertTrue(charts.size() >= 4, charts.toString());
        byte[] report = Files.readAllBytes(folder.resolve("report.html"));
        byte[] chart = Files.readAllBytes(charts.get(0));
        // as a kill in the chart phase leaves it: half the charts, no report, a chart half-written
        for (int i = 0; i < charts.size(); i += 2) {
            Files.delete(charts.get(i));
        }
        Files.delete(folder.resolve("report.html"));
        Files.writeString(folder.resolve("charts/x.png.tmp"), "half a png");

        Cli resumed = Cli.run("sweep", "--resume", folder.toString());
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.out().contains("runs complete (50 runs); wrote the missing charts and report"), resumed.out());
        assertFalse(resumed.out().contains("nothing to do"), resumed.out());
        assertEquals(charts, charts(folder), "every chart back, the temporary gone");
        assertArrayEquals(report, Files.readAllBytes(folder.resolve("report.html")));
        assertArrayEquals(chart, Files.readAllBytes(charts.get(0)));

        Cli again = Cli.run("sweep", "--resume", folder.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("nothing to do"), again.out());
    }

    @Test
    void aChartDeletedUnderAWholeReportIsWrittenAgain() throws IOException {
        Path folder = dir.resolve("s");
        assertEquals(0, Cli.run("sweep", "scenarios/sanctions-vs-deterrence.yaml", "--replications", "2", "--months",
                "6", "--out", folder.toString()).code());
        Path svg = charts(folder).stream().filter(p -> p.toString().endsWith(".svg")).findFirst().orElseThrow();
        Files.delete(svg);
        Cli resumed = Cli.run("sweep", "--resume", folder.toString());
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.out().contains("charts/" + svg.getFileName() + " missing"), resumed.out());
        assertTrue(Files.exists(svg));
    }
}
