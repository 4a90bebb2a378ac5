package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Options that were accepted or overflowed: each refused with exit 2, naming the option, before anything runs. */
class OptionLimitsTest {
    @TempDir
    Path dir;

    private void assertRefused(String phrase, String... args) {
        Cli r = Cli.run(args);
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(phrase), "wanted '" + phrase + "' in:\n" + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace:\n" + r.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing ran");
    }

    @Test
    void threadsAreCappedAtFourPerCore() {
        int max = 4 * Runtime.getRuntime().availableProcessors();
        String out = dir.resolve("out").toString();
        assertRefused("give 1 to " + max, "run", "scenarios/baseline.yaml", "--threads", "100000", "--out", out);
        assertRefused("give 1 to " + max, "run", "scenarios/baseline.yaml", "--threads", "2097152", "--out", out);
        assertRefused("give 1 to " + max, "sweep", "scenarios/sanctions-vs-deterrence.yaml", "--threads", "0", "--out", out);
        assertRefused("not a whole number", "run", "scenarios/baseline.yaml", "--threads", "99999999999", "--out", out);
    }

    @Test
    void shardTakesExactlyTwoNumbers() {
        String out = dir.resolve("out").toString();
        assertRefused("1 <= i <= n", "sweep", "scenarios/sanctions-vs-deterrence.yaml", "--shard", "1/2/3", "--out", out);
        assertRefused("1 <= i <= n", "sweep", "scenarios/sanctions-vs-deterrence.yaml", "--shard", "3/2", "--out", out);
        assertRefused("1 <= i <= n", "sweep", "scenarios/sanctions-vs-deterrence.yaml", "--shard", "0/2", "--out", out);
    }

    @Test
    void setTakesPlainDecimalNumbers() {
        String out = dir.resolve("out").toString();
        for (String bad : new String[] {"0.5d", "0x1p-1", "NaN", "Infinity", "1e999"}) {
            assertRefused("takes a decimal number", "run", "scenarios/baseline.yaml", "--set",
                    "sanctions.enforcement=" + bad, "--out", out);
        }
    }

    @Test
    void sweepSetOfASweepFactorIsRefusedAsInTheScenariosSet() {
        String out = dir.resolve("out").toString();
        assertRefused("--set sanctions.pressure.rus=0.5: sanctions.pressure.rus is a factor of the sweep in", "sweep",
                "scenarios/sanctions-vs-deterrence.yaml", "--set", "sanctions.pressure.rus=0.5", "--out", out);
    }

    @Test
    void calibrationSizesAreCappedUpFrontWithTheNumbers() {
        String out = dir.resolve("out").toString();
        assertRefused("--particles 2,000,000,000 is more than 100,000", "calibrate", "scenarios/baseline.yaml",
                "--particles", "2000000000", "--out", out);
        assertRefused("--generations 1,000 is more than 100", "calibrate", "scenarios/baseline.yaml",
                "--generations", "1000", "--out", out);
        assertRefused("--replications-per-particle 5,000 is more than 1,000", "calibrate", "scenarios/baseline.yaml",
                "--replications-per-particle", "5000", "--out", out);
    }

    @Test
    void precisionCapsAreTheScenariosReplicationCap() {
        String out = dir.resolve("out").toString();
        String most = String.format(java.util.Locale.ROOT, "%,d", alliancesim.scenario.Scenario.MAX_REPLICATIONS);
        assertRefused("--max-replications 2,000,000,000 is more than " + most, "run", "scenarios/baseline.yaml",
                "--precision", "front_balance=0.01", "--max-replications", "2000000000", "--out", out);
        assertRefused("--replication-batch 2,000,000 is more than " + most, "whatif", "scenarios/baseline.yaml",
                "--set", "sanctions.secondary=0.3", "--precision", "front_balance=0.01", "--replication-batch", "2000000",
                "--out", out);
    }

    @Test
    void aLongTitleOrEventLabelIsRefusedBeforeAnyChartIsDrawn() throws java.io.IOException {
        String out = dir.resolve("out").toString();
        Path title = dir.resolve("long-title.yaml");
        Files.writeString(title, "name: long\nextends: baseline\ntitle: \"" + "x".repeat(10_000) + "\"\n");
        assertRefused("long-title.yaml:3: title is 10000 characters long; keep it to 200", "run", title.toString(),
                "--replications", "2", "--out", out);
        Path label = dir.resolve("long-label.yaml");
        Files.writeString(label, "name: long\nextends: baseline\nevents:\n  - month: 3\n    label: " + "y".repeat(151)
                + "\n    set: { sanctions.secondary: 0.3 }\n");
        assertRefused("long-label.yaml:5: the event's label is 151 characters long; keep it to 150", "run",
                label.toString(), "--replications", "2", "--out", out);
    }

    @Test
    void aChainOfExtendsLongerThan32IsRefusedNotAStackOverflow() throws java.io.IOException {
        Path chain = Files.createDirectories(dir.resolve("chain"));
        Files.writeString(chain.resolve("s0.yaml"), "name: s0\nextends: baseline\nreplications: 2\n");
        for (int i = 1; i <= 2000; i++) {
            Files.writeString(chain.resolve("s" + i + ".yaml"), "name: s" + i + "\nextends: s" + (i - 1) + "\n");
        }
        // 32 scenarios in a chain (s30 to s0, then baseline) load; 33, and the 2,000, are refused at the
        // line of the extends that goes past 32
        Cli ok = Cli.run("validate", chain.resolve("s30.yaml").toString());
        assertEquals(0, ok.code(), ok.out() + ok.err());
        for (String top : new String[] {"s31.yaml", "s2000.yaml"}) {
            Cli r = Cli.run("validate", chain.resolve(top).toString());
            assertEquals(2, r.code(), r.out() + r.err());
            assertTrue(r.err().contains(":2: extends makes a chain of more than 32 scenarios; keep it to 32"), r.err());
            assertFalse(r.err().contains("StackOverflow") || r.err().contains("\tat "), r.err());
        }
    }
}
