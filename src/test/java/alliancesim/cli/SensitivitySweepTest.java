package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sensitivity sweep's report carries the noise share, the flags, the convergence and the samples needed. */
class SensitivitySweepTest {
    @TempDir
    Path dir;

    private Path sweep(String design, int samples) throws IOException {
        Path yaml = dir.resolve(design + ".yaml");
        Files.write(yaml, List.of("name: " + design, "title: " + design, "months: 12", "replications: 3", "seed: 5",
                "sweep:", "  design: " + design, "  samples: " + samples, "  factors:",
                "    sanctions.secondary: { min: 0, max: 1 }", "    munitions.capacity.west: { min: 30000, max: 200000 }",
                "outputs: [front_balance, shells_transferred]"));
        Path out = dir.resolve(design);
        Cli r = Cli.run("sweep", yaml.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, r.code(), r.err());
        return out;
    }

    @Test
    void sobolSweepReportsNoiseFlagsAndConvergence() throws IOException {
        Path out = sweep("sobol", 32);
        List<String> csv = Files.readAllLines(out.resolve("sensitivity.csv"));
        assertEquals("output,factor,index,estimate,ci95_low,ci95_high,flags", csv.get(0));
        // 2 outputs x (2 factors x S1, ST + 2 noise rows)
        assertEquals(1 + 2 * (4 + 2), csv.size());
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("front_balance,(replicates),noise_share,0.")), csv.toString());
        List<String> convergence = Files.readAllLines(out.resolve("convergence.csv"));
        assertEquals("output,factor,index,base_samples,estimate,ci95_low,ci95_high", convergence.get(0));
        // sizes 4, 8, 16, 32
        assertEquals(1 + 2 * 2 * 2 * 4, convergence.size());
        assertTrue(Files.size(out.resolve("charts/convergence-front_balance.png")) > 1000);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("How far to trust the sensitivity indices"));
        assertTrue(html.contains("base samples (") && html.contains("now 32"), "samples needed are stated");
    }

    @Test
    void morrisSweepReportsIntervalsToo() throws IOException {
        Path out = sweep("morris", 16);
        List<String> csv = Files.readAllLines(out.resolve("sensitivity.csv"));
        String muStar = csv.stream().filter(l -> l.startsWith("front_balance,sanctions.secondary,mu_star,")).findFirst()
                .orElseThrow();
        String[] cells = muStar.split(",", -1);
        assertTrue(Double.parseDouble(cells[4]) <= Double.parseDouble(cells[3])
                && Double.parseDouble(cells[3]) <= Double.parseDouble(cells[5]), muStar);
        assertTrue(Files.readAllLines(out.resolve("convergence.csv")).get(0).contains("trajectories"));
    }
}
