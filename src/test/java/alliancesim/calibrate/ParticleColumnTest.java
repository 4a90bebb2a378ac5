package alliancesim.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.batch.RunContext;
import alliancesim.batch.ScenarioRun;
import alliancesim.batch.Shard;
import alliancesim.batch.Simulator;
import alliancesim.batch.SweepRunner;
import alliancesim.model.AllianceModel;
import alliancesim.model.Param;
import alliancesim.results.RunsReader;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * runs.csv's particle column (#22): each replicate names the posterior particle it drew, as the draw itself would
 * pick it for the run's seed and as the parameters the model was given show; NA when the scenario draws no posterior.
 */
class ParticleColumnTest {
    private static final RunContext CONTEXT = new RunContext("test", "unknown", "dev");
    /** Three particles, each with its own value of ties.decay, so the run's parameters tell which one it drew. */
    private static final double[] DECAY = {0.01, 0.02, 0.03};

    @TempDir
    Path dir;

    private Scenario scenario(String sweep) throws IOException {
        Files.writeString(dir.resolve("posterior.csv"), "weight,ties.decay,distance\n5,0.01,1.5\n3,0.02,1.2\n2,0.03,1.1\n");
        return load("posterior: posterior.csv\n" + sweep);
    }

    private Scenario load(String more) throws IOException {
        Path yaml = dir.resolve("s.yaml");
        Files.writeString(yaml, "name: s\ntitle: t\nmonths: 3\nreplications: 12\n" + more);
        return new ScenarioLoader().load(yaml);
    }

    /** The model, remembering the ties.decay each seed ran with. */
    private static Simulator recording(Map<Long, Double> decayBySeed) {
        return (parameters, events, months, seed) -> {
            decayBySeed.put(seed, parameters.get(Param.TIES_DECAY));
            return AllianceModel.simulate(parameters, events, months, seed);
        };
    }

    @Test
    void eachRunRecordsTheParticleItsSeedDrewAndRan() throws IOException {
        Scenario s = scenario("");
        Map<Long, Double> ran = new ConcurrentHashMap<>();
        Path out = dir.resolve("run");
        new ScenarioRun(2, PosteriorSimulator.of(s, recording(ran))).run(s, out, CONTEXT, r -> { });
        Posterior posterior = Posterior.read(dir.resolve("posterior.csv"));
        Set<Integer> drawn = new HashSet<>();
        try (RunsReader in = RunsReader.open(out.resolve("runs.csv"))) {
            assertEquals(3, in.column(RunsReader.PARTICLE), "the particle follows the seed");
            assertFalse(in.valueColumns().contains(RunsReader.PARTICLE), "a key, not an output");
            int rows = 0;
            for (RunsReader.Row r = in.next(); r != null; r = in.next(), rows++) {
                long seed = Long.parseLong(r.seed());
                int particle = r.particle().orElseThrow();
                assertEquals(posterior.draw(seed), particle, "the draw recomputed from the run's seed");
                assertEquals(DECAY[particle], ran.get(seed), 0, "the particle's parameters are the ones the run had");
                drawn.add(particle);
            }
            assertEquals(12, rows);
        }
        assertTrue(drawn.size() > 1, "12 draws from weights 0.5, 0.3, 0.2 pick more than one particle: " + drawn);
    }

    @Test
    void aSweepRecordsTheParticleOfEveryRunOfEveryPoint() throws IOException {
        Scenario s = scenario("sweep:\n  design: grid\n  factors:\n    sanctions.pressure.rus: [0.2, 0.8]\n")
                .withReplications(4);
        Path out = dir.resolve("sweep");
        new SweepRunner(2, PosteriorSimulator.of(s, Simulator.MODEL)).run(s, out, CONTEXT, Shard.ALL, false, n -> { });
        Posterior posterior = Posterior.read(dir.resolve("posterior.csv"));
        int rows = 0;
        try (RunsReader in = RunsReader.open(out.resolve("runs.csv"))) {
            for (RunsReader.Row r = in.next(); r != null; r = in.next(), rows++) {
                assertEquals(OptionalInt.of(posterior.draw(Long.parseLong(r.seed()))), r.particle(), "line " + (rows + 2));
            }
        }
        assertEquals(8, rows);
    }

    @Test
    void withoutAPosteriorTheColumnIsNa() throws IOException {
        Scenario s = load("");
        Path out = dir.resolve("plain");
        new ScenarioRun(2, PosteriorSimulator.of(s, Simulator.MODEL)).run(s, out, CONTEXT, r -> { });
        assertTrue(Files.readAllLines(out.resolve("runs.csv")).get(0).startsWith("point,replicate,seed,particle,"));
        try (RunsReader in = RunsReader.open(out.resolve("runs.csv"))) {
            for (RunsReader.Row r = in.next(); r != null; r = in.next()) {
                assertEquals("NA", r.cell(in.column(RunsReader.PARTICLE)));
                assertEquals(OptionalInt.empty(), r.particle());
            }
        }
    }

    @Test
    void aRunsCsvWrittenBeforeTheColumnIsReadWithNoParticles() throws IOException {
        Path old = dir.resolve("runs.csv");
        Files.writeString(old, "point,replicate,seed,front_balance,status,message\n0,0,7,0.5,ok,\n");
        try (RunsReader in = RunsReader.open(old)) {
            assertFalse(in.has(RunsReader.PARTICLE));
            RunsReader.Row r = in.next();
            assertEquals(OptionalInt.empty(), r.particle());
            assertEquals(0.5, r.number(in.column("front_balance")), 0);
        }
    }
}
