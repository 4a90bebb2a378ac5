package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A grid sweep's charts read a flow by its total, carry their noise and say how many runs a band holds. */
class SweepChartsTest {
    @TempDir
    Path dir;

    @Test
    void heatmapsAndBoxesReadFlowsByTheirTotalsAndSayTheirNoise() throws IOException {
        Path out = dir.resolve("grid");
        Cli r = Cli.run("sweep", "scenarios/sanctions-vs-deterrence.yaml", "--replications", "3", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String heatmap = Files.readString(out.resolve("charts/heatmap-shells_transferred.svg"));
        assertTrue(heatmap.contains("total over the run"), "a flow by its total");
        assertTrue(heatmap.contains("(3 runs a point)"), "how many runs");
        assertTrue(heatmap.contains(" ±"), "each cell with its interval");
        String index = Files.readString(out.resolve("charts/heatmap-front_balance.svg"));
        assertTrue(index.contains("Front balance at the horizon"), "an index by its final value");
        assertFalse(index.contains("total over the run"));
        String box = Files.readString(out.resolve("charts/box-shells_transferred.svg"));
        assertTrue(box.contains("totals over the run"));
        // each of the 25 boxes says how many runs it holds ("n = 3", or "3" where the boxes stand close)
        assertEquals(25, box.split(">n = 3<", -1).length - 1 + box.split(">3<", -1).length - 1, "a count per box");
        String fan = Files.readString(out.resolve("charts/fan-shells_transferred.svg"));
        assertTrue(fan.contains("(3 runs)"), "each band says how many runs it summarizes");
        // The report opens with the design and what its factors move, not with point 0's values.
        String html = Files.readString(out.resolve("report.html"));
        assertFalse(html.contains("design point 0"), "no table of point 0 at the top");
        int design = html.indexOf("<h2>Design</h2>");
        int moved = html.indexOf("<h2>What the factors move</h2>");
        int charts = html.indexOf("<h2>Charts</h2>");
        assertTrue(design > 0 && design < moved && moved < charts, "design, what moves, then the charts");
        assertTrue(html.contains("A grid design: 25 points over 2 factors, 75 runs"), "the design in words");
        assertTrue(html.contains("beyond noise") || html.contains("within noise"), "each output judged against noise");
    }

    /** A sweep of two factors over a grid, or of three by Sobol's design, on the baseline: small and short. */
    private Path sweep(String name, String design) throws IOException {
        Path scenario = dir.resolve(name + ".yaml");
        Files.writeString(scenario, "name: " + name + "\nextends: baseline\ntitle: Factors in words\nreplications: 2\n"
                + "sweep:\n  design: " + design + "\n  timeseries: outputs\n" + (design.equals("sobol") ? "  samples: 32\n"
                : "") + "  factors:\n    munitions.capacity.prk: { min: 50000, max: 300000"
                + (design.equals("grid") ? ", levels: 2 }\n" : " }\n    sanctions.secondary: { min: 0.0, max: 1.0 }\n")
                + "    deterrence.reaction_k: { min: 0.01, max: 0.1" + (design.equals("grid") ? ", levels: 2 }\n" : " }\n")
                + "outputs: [front_balance, shells_transferred]\n");
        Path out = dir.resolve(name);
        Cli r = Cli.run("sweep", scenario.toString(), "--months", "4", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        return out;
    }

    @Test
    void heatmapAndTornadoNameTheFactorsInWordsNotByTheirIds() throws IOException {
        String heatmap = Files.readString(sweep("grid", "grid").resolve("charts/heatmap-shells_transferred.svg"));
        assertTrue(heatmap.contains("North Korean shell production at month 0 (shells/month)"), "x in words");
        // (the y axis's title is drawn turned, as shapes, in the SVG: FactorAxisTest reads it)
        Path sobol = sweep("sobol", "sobol");
        for (String chart : java.util.List.of("tornado-shells_transferred.svg", "convergence-front_balance.svg")) {
            String svg = Files.readString(sobol.resolve("charts").resolve(chart));
            assertTrue(svg.contains("North Korean shell production at month 0"), chart);
            assertTrue(svg.contains("Secondary sanctions on third-country firms"), chart);
        }
        for (String svg : java.util.List.of(heatmap, Files.readString(sobol.resolve("charts/tornado-front_balance.svg")))) {
            for (String id : java.util.List.of("munitions.capacity.prk", "deterrence.reaction_k", "sanctions.secondary")) {
                assertFalse(svg.contains(id), "no raw id " + id);
            }
        }
    }
}
