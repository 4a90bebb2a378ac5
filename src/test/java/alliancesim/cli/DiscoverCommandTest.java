package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoverCommandTest {
    @TempDir
    Path dir;

    /**
     * A sweep folder written by hand: factors p and q uniform on [0, 1], two replicates per point,
     * front_balance negative exactly when q >= 0.6 and p <= 0.3 (one run in eight is failed).
     */
    private Path sweepFolder(String design) throws IOException {
        Path folder = dir.resolve(design);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("manifest.json"), "{\"kind\":\"sweep\",\"scenario\":{\"name\":\"toy\",\"title\":\"Toy\","
                + "\"seed\":1,\"outputs\":[\"front_balance\",\"tension\"]},\"sweep\":{\"design\":\"" + design + "\","
                + "\"factors\":[{\"name\":\"p\",\"min\":0,\"max\":1},{\"name\":\"q\",\"min\":0,\"max\":1}]}}");
        List<String> lines = new ArrayList<>(List.of("point,replicate,seed,p,q,front_balance,tension,status,message"));
        MersenneTwister random = new MersenneTwister(3);
        for (int point = 0; point < 600; point++) {
            double p = random.nextDouble();
            double q = random.nextDouble();
            for (int rep = 0; rep < 2; rep++) {
                double balance = q >= 0.6 && p <= 0.3 ? -0.5 : 0.5;
                lines.add(point % 8 == 7 && rep == 1
                        ? String.format(Locale.ROOT, "%d,%d,%d,%s,%s,NA,NA,failed,boom", point, rep, point, p, q)
                        : String.format(Locale.ROOT, "%d,%d,%d,%s,%s,%s,1.0,ok,", point, rep, point, p, q, balance));
            }
        }
        Files.write(folder.resolve("runs.csv"), lines);
        return folder;
    }

    @Test
    void discoverFindsTheBoxAndSaysItInASentence() throws IOException {
        Path out = dir.resolve("out");
        Cli r = Cli.run("discover", sweepFolder("lhs").toString(), "--where", "front_balance < 0", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String sentence = r.out().lines().findFirst().orElseThrow();
        assertTrue(sentence.matches("front_balance < 0 in 100 % of runs with (q ≥ 0\\.[56]\\d* and p ≤ 0\\.[23]\\d*"
                + "|p ≤ 0\\.[23]\\d* and q ≥ 0\\.[56]\\d*) \\(coverage (9\\d|100) %\\)"), sentence);
        for (String f : List.of("discovery.csv", "box.csv", "report.html", "charts/tradeoff.png", "charts/box-scatter.png",
                "charts/tradeoff.svg")) {
            assertTrue(Files.size(out.resolve(f)) > 100, f);
        }
        List<String> box = Files.readAllLines(out.resolve("box.csv"));
        assertEquals("factor,restricted,low,high,quasi_p", box.get(0));
        assertTrue(box.get(1).startsWith("p,true,"), box.get(1));
        List<String> trajectory = Files.readAllLines(out.resolve("discovery.csv"));
        assertEquals("step,phase,chosen,coverage,density,mass,runs,cases,restricted_factors,p_low,p_high,q_low,q_high",
                trajectory.get(0));
        assertTrue(trajectory.get(1).startsWith("0,start,false,1.0,"), "box 0 holds every case: " + trajectory.get(1));
        assertEquals(1, trajectory.stream().filter(l -> l.contains(",true,")).count(), "one chosen box");
        assertTrue(Files.readString(out.resolve("report.html")).contains("quasi-p"));
    }

    @Test
    void aChosenBoxOutsideTheTrajectoryIsRefused() throws IOException {
        Cli r = Cli.run("discover", sweepFolder("random").toString(), "--where", "front_balance < 0", "--box", "9999",
                "--out", dir.resolve("o").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: --box 9999: the trajectory has boxes 0 to "), r.err());
    }

    @Test
    void aSobolOrMorrisSweepIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path out = dir.resolve("o");
        Cli r = Cli.run("discover", sweepFolder("sobol").toString(), "--where", "front_balance < 0", "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("is a sobol sweep: discover needs a random, lhs or grid design"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void anUnknownOutputIsRefusedWithItsPosition() throws IOException {
        Cli r = Cli.run("discover", sweepFolder("grid").toString(), "--where", "front_balance < 0 or tensoin > 1");
        assertEquals(2, r.code());
        assertEquals("error: --where: unknown output 'tensoin' at position 22 of \"front_balance < 0 or tensoin > 1\""
                + " (outputs: front_balance, tension)", r.err().strip());
    }

    @Test
    void aConditionNoRunMeetsIsRefused() throws IOException {
        Cli r = Cli.run("discover", sweepFolder("lhs").toString(), "--where", "tension > 5");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("marks none of the 1125 successful runs"), r.err());
    }
}
