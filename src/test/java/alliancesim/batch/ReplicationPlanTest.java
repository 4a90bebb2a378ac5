package alliancesim.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.files.InvalidInputException;
import alliancesim.model.Output;
import alliancesim.model.Param;
import alliancesim.model.Trajectory;
import alliancesim.scenario.Overrides;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplicationPlanTest {
    @TempDir
    Path dir;

    private static final RunContext CONTEXT = new RunContext("test", "unknown", "dev");
    private static final double Z = 1.959964;

    private static Scenario scenario() {
        return new ScenarioLoader().load(Path.of("scenarios/baseline.yaml")).withReplications(10).withHorizon(2);
    }

    /**
     * A stand-in model whose final front balance is 10 N1 + p N2, N1 and N2 standard normal drawn from
     * the run seed and p the sanctions pressure on Russia: its sd is known, and two runs on the same
     * seed differ by exactly (p' - p) N2.
     */
    private static final Simulator KNOWN = (parameters, events, months, seed) -> {
        MersenneTwister random = new MersenneTwister(seed);
        double[][] v = new double[months][Output.all().size()];
        v[months - 1][Output.FRONT_BALANCE.ordinal()] = 10 * random.nextGaussian()
                + parameters.get(Param.SANCTIONS_PRESSURE_RUS) * random.nextGaussian();
        return new Trajectory(v);
    };

    private static Scenario withPressure(double p) {
        return Overrides.apply(scenario(), List.of("sanctions.pressure.rus=" + p));
    }

    @Test
    void replicationsUsedMatchTheSampleSizeFormula() {
        // sd = sqrt(100 + 0.25) at p = 0.5; for a half-width of 0.5, n = (z sd / h)^2 = 1540.
        double sd = Math.sqrt(100 + 0.25);
        double h = 0.5;
        double formula = Math.pow(Z * sd / h, 2);
        ReplicationPlan plan = new ReplicationPlan(Map.of(Output.FRONT_BALANCE, h), 20, 10_000);
        ScenarioRun.Outcome o = new ScenarioRun(2, KNOWN).run(withPressure(0.5), dir.resolve("a"), CONTEXT, r -> { }, plan);
        int n = (int) o.runs();
        // the sd is estimated (relative error about 1/sqrt(2n), 2 %, so 4 % on n) and n grows by batches of 20
        assertEquals(formula, n, 0.1 * formula, "used " + n + " for a formula of " + formula);
        assertEquals(0, (n - 10) % 20, "the scenario's 10, then whole batches of 20: " + n);
    }

    @Test
    void theSameSettingsGiveTheSameFilesWhateverTheThreadCount() throws IOException {
        ReplicationPlan plan = new ReplicationPlan(Map.of(Output.FRONT_BALANCE, 2.0), 7, 10_000);
        new ScenarioRun(1, KNOWN).run(withPressure(0.5), dir.resolve("one"), CONTEXT, r -> { }, plan);
        new ScenarioRun(2, KNOWN).run(withPressure(0.5), dir.resolve("two"), CONTEXT, r -> { }, plan);
        for (String f : List.of("runs.csv", "timeseries.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(f)), Files.readAllBytes(dir.resolve("two").resolve(f)), f);
        }
        String manifest = Files.readString(dir.resolve("one/manifest.json"));
        assertTrue(manifest.contains("\"replication_plan\"") && manifest.contains("every 95 % half-width at or below"),
                manifest);
    }

    @Test
    void theMaximumStopsAnUnreachableTargetAndSaysSo() {
        ReplicationPlan plan = new ReplicationPlan(Map.of(Output.FRONT_BALANCE, 1e-6), 20, 55);
        ReplicationPlan.Outcome<Double> o = plan.run(10, (first, count) -> java.util.Collections.nCopies(count, 0.0),
                (results, output) -> java.util.stream.IntStream.range(0, results.size()).mapToDouble(i -> i % 2).toArray());
        assertEquals(55, o.replications());
        assertTrue(o.maximumReached());
        assertTrue(o.why().startsWith("stopped at --max-replications with front_balance still at"), o.why());
    }

    @Test
    void aWhatIfPlansOnThePairedDifference() {
        // before p = 0, after p = 1: the difference is N2 (sd 1), the outputs themselves have sd 10
        double h = 0.1;
        double formula = Math.pow(Z * 1 / h, 2);
        ReplicationPlan plan = new ReplicationPlan(Map.of(Output.FRONT_BALANCE, h), 20, 10_000);
        WhatIf.Outcome o = new WhatIf(2, KNOWN).run(withPressure(0), withPressure(1), dir.resolve("w"), CONTEXT, plan);
        int n = (int) o.before().runs();
        assertEquals(n, o.after().runs());
        assertEquals(formula, n, 0.1 * formula, "used " + n + " for a formula of " + formula);
    }

    @Test
    void badPrecisionsAreRefusedNamingTheOption() {
        assertEquals("--precision front=0.1: unknown output 'front' (outputs: " + String.join(", ",
                Output.all().stream().map(Output::key).toList()) + ")",
                assertThrows(InvalidInputException.class, () -> ReplicationPlan.parse(List.of("front=0.1"), 20, 100))
                        .getMessage());
        assertTrue(assertThrows(InvalidInputException.class,
                () -> ReplicationPlan.parse(List.of("front_balance=-1"), 20, 100)).getMessage()
                .contains("the half-width must be a positive number"));
        assertTrue(assertThrows(InvalidInputException.class,
                () -> ReplicationPlan.parse(List.of("front_balance"), 20, 100)).getMessage().contains("OUTPUT=HALFWIDTH"));
        assertEquals(Map.of(Output.FRONT_BALANCE, 0.01, Output.SHELLS_TRANSFERRED, 5000.0),
                ReplicationPlan.parse(List.of("front_balance=0.01,shells_transferred=5000"), 20, 100).targets());
    }
}
