package alliancesim.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.batch.SeedDerivation;
import alliancesim.batch.Simulator;
import alliancesim.files.InvalidInputException;
import alliancesim.model.Param;
import alliancesim.model.Parameters;
import alliancesim.model.Trajectory;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs that draw their parameters from a posterior: by weight, reproducibly, with the scenario's own settings winning. */
class PosteriorTest {
    @TempDir
    Path dir;

    private Path posterior() throws IOException {
        Path f = dir.resolve("posterior.csv");
        Files.writeString(f, "weight,ties.decay,munitions.prk_export_share,distance\n"
                + "5,0.01,0.2,1.5\n3,0.02,0.5,1.2\n2,0.03,0.9,1.1\n");
        return f;
    }

    /** A scenario of three months beside the posterior above, with {@code extra} YAML lines. */
    private Scenario scenarioWithPosterior(String extra) throws IOException {
        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, "name: s\ntitle: t\nmonths: 3\nposterior: posterior.csv\n" + extra);
        posterior();
        return new ScenarioLoader().load(scenario);
    }

    /** A simulator that only records the parameters each run is given. */
    private static Simulator recording(List<Parameters> seen) {
        return (params, events, months, seed) -> {
            seen.add(params);
            return new Trajectory(new double[months][1]);
        };
    }

    @Test
    void drawsParticlesInProportionToTheirWeights() throws IOException {
        Posterior p = Posterior.read(posterior());
        int[] counts = new int[3];
        int n = 100_000;
        for (int r = 0; r < n; r++) {
            counts[p.draw(SeedDerivation.runSeed(1, 0, r))]++;
        }
        // weights 0.5, 0.3, 0.2; the binomial sd of each share is at most sqrt(0.25 / 1e5) = 0.0016: 4 sd = 0.0063
        assertEquals(0.5, counts[0] / (double) n, 0.0063);
        assertEquals(0.3, counts[1] / (double) n, 0.0063);
        assertEquals(0.2, counts[2] / (double) n, 0.0063);
        assertEquals(p.draw(12345L), p.draw(12345L), "the same run seed draws the same particle");
    }

    @Test
    void scenarioSettingsWinOverThePosteriorAndTheModelSeedIsUnchanged() throws IOException {
        Scenario s = scenarioWithPosterior("set: { ties.decay: 0.3 }\n");
        List<Parameters> seen = new ArrayList<>();
        List<Long> seeds = new ArrayList<>();
        Simulator recorder = (params, events, months, seed) -> {
            seeds.add(seed);
            return recording(seen).simulate(params, events, months, seed);
        };
        Simulator drawing = PosteriorSimulator.of(s, recorder);
        for (long seed = 0; seed < 50; seed++) {
            drawing.simulate(s.parameters(), List.of(), 3, seed);
        }
        Set<Double> shares = new java.util.TreeSet<>();
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(0.3, seen.get(i).get(Param.TIES_DECAY), 0, "set: wins over the posterior");
            assertEquals(i, seeds.get(i), "the model's seed is the run's own");
            shares.add(seen.get(i).get(Param.MUNITIONS_PRK_EXPORT_SHARE));
        }
        assertEquals(Set.of(0.2, 0.5, 0.9), shares, "the posterior's other parameter is drawn");
        Scenario plain = new ScenarioLoader().load(Path.of("scenarios/where-ukraine-holds.yaml"));
        assertSame(Simulator.MODEL, PosteriorSimulator.of(plain, Simulator.MODEL), "without a posterior: the model itself");
    }

    /** A lever check keeps the value it sets for a calibrated parameter; the others are still drawn. */
    @Test
    void aKeptParameterKeepsTheRunsValueWhileTheOthersAreDrawn() throws IOException {
        Scenario s = scenarioWithPosterior("");
        List<Parameters> seen = new ArrayList<>();
        Simulator keeping = PosteriorSimulator.of(s, recording(seen)).keeping(Param.MUNITIONS_PRK_EXPORT_SHARE);
        for (long seed = 0; seed < 50; seed++) {
            keeping.simulate(s.parameters().with(Param.MUNITIONS_PRK_EXPORT_SHARE, 0.77), List.of(), 3, seed);
        }
        Set<Double> decays = new java.util.TreeSet<>();
        for (Parameters p : seen) {
            assertEquals(0.77, p.get(Param.MUNITIONS_PRK_EXPORT_SHARE), 0, "the kept parameter is the run's own");
            decays.add(p.get(Param.TIES_DECAY));
        }
        assertEquals(Set.of(0.01, 0.02, 0.03), decays, "the other calibrated parameter is drawn");
        assertSame(Simulator.MODEL, Simulator.MODEL.keeping(Param.TIES_DECAY), "the plain model keeps everything already");
    }

    @Test
    void scenarioNamingAMissingPosteriorIsRefusedAtItsLine() throws IOException {
        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, "name: s\ntitle: t\nmonths: 3\nposterior: nope.csv\n");
        alliancesim.scenario.ScenarioException e = assertThrows(alliancesim.scenario.ScenarioException.class,
                () -> new ScenarioLoader().load(scenario));
        assertTrue(e.getMessage().contains("s.yaml:4: posterior 'nope.csv' is not a file"), e.getMessage());
    }

    @Test
    void badPosteriorFilesAreRefused() throws IOException {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "weight,ties.decai,distance\n1,0.1,1\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Posterior.read(f));
        assertTrue(e.getMessage().contains("'ties.decai' is not a parameter"), e.getMessage());
        Files.writeString(f, "weight,ties.decay,distance\n1,7,1\n");
        e = assertThrows(InvalidInputException.class, () -> Posterior.read(f));
        assertTrue(e.getMessage().contains("bad.csv:2: ties.decay = 7.0 is outside its range"), e.getMessage());
    }

    /**
     * Attacks on a posterior.csv (#23): each was accepted (every run then drew the last particle) or
     * stopped on an internal error; each is now refused at its line, with the fix, as invalid input.
     */
    @Test
    void aDamagedPosteriorIsRefusedAtItsLineWithTheFix() throws IOException {
        String header = "weight,ties.decay,front.ceasefire,distance\n";
        java.util.Map<String, String> attacks = new java.util.LinkedHashMap<>();
        attacks.put(header + "1,0.1,0,1\nNaN,0.2,0,1\n", ":3: weight is 'NaN', not a number");
        attacks.put(header + "0,0.1,0,1\n", ":2: weight 0 is not a positive finite number");
        attacks.put(header + "1,0.1,0,1\n-2,0.2,0,1\n", ":3: weight -2 is not a positive finite number");
        attacks.put(header + "Infinity,0.1,0,1\n", ":2: weight Infinity is not a positive finite number");
        attacks.put(header + "1e308,0.1,0,1\n1e308,0.2,0,1\n", ":2: the weights sum to more than the largest number");
        attacks.put("weight,ties.decay,ties.decay,distance\n1,0.1,0.1,1\n", ":1: the column ties.decay comes twice");
        attacks.put(header + "1,0.1,0.5,1\n", ":2: front.ceasefire = 0.5 is a flag: 0 or 1");
        attacks.put(header + "1,0.1,0,1\n1,0.2\n", ":3: the row has 2 cells, the header 4 (a short or cut row)");
        attacks.put(header + "1,0.1,0,1\n1,0.2,0,1.2", ":3: the last row has no line end: the file was cut");
        attacks.put(header + "1,0.1,0,1\n1,0.2,0,\"1.2\n", ":3: the last row is cut inside a quoted cell");
        attacks.put(header + "1,0.1,0,1\n1,0.2,0,banana\n", ":3: distance is 'banana', not a number");
        attacks.put(header + "1,0.1,0,1\n1,0\"2,0,1\n", ":3:4: a '\"' inside a cell that does not start with one");
        attacks.put(header, ": the posterior has no particles");
        Path f = dir.resolve("posterior.csv");
        for (java.util.Map.Entry<String, String> a : attacks.entrySet()) {
            Files.writeString(f, a.getKey());
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Posterior.read(f), a.getKey());
            assertTrue(e.getMessage().startsWith(f + a.getValue()), e.getMessage());
        }
        Files.write(f, (header + "1,0.1,0,1\n").replace("ties", "ti\u00e9s").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Posterior.read(f));
        assertTrue(e.getMessage().startsWith(f + ":1: the text is not UTF-8; it is not a posterior.csv as"
                + " `alliance-sim calibrate` writes it: restore the file or calibrate again"), e.getMessage());
    }

    @Test
    void theBinarySearchPicksWhatTheLinearScanPicks() {
        double[] w = {0.1, 0, 0.25, 0.25, 0, 0.4};
        double[] c = new double[w.length];
        double sum = 0;
        for (int j = 0; j < w.length; j++) {
            sum += w[j];
            c[j] = sum;
        }
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) {
            double u = r.nextDouble();
            assertEquals(Posterior.pick(w, u), Posterior.pickSorted(c, u), "u = " + u);
        }
        for (double u : new double[] {0, 0.1, 0.35, 0.6, 0.9999999999}) {
            assertEquals(Posterior.pick(w, u), Posterior.pickSorted(c, u), "u = " + u);
        }
    }
}
