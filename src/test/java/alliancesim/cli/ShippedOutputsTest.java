package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import alliancesim.results.FileDigest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing a user sees changes by accident: the shipped example scenarios, run as the README and docs run
 * them, give the runs.csv, timeseries.csv and sensitivity.csv whose SHA-256 digests are recorded in
 * src/test/resources/shipped-outputs.sha256. A refactor must leave them as they are; a change to the
 * model, its parameters, the seeds or a file format that moves them on purpose records the new digests with
 * {@code mvn -q test -Dtest=ShippedOutputsTest -Dshipped.outputs.update=true} and says why in its commit.
 */
class ShippedOutputsTest {
    private static final Path DIGESTS = Path.of("src/test/resources/shipped-outputs.sha256");
    private static final List<String> FILES = List.of("runs.csv", "timeseries.csv", "sensitivity.csv");

    /** A run of a shipped scenario as the docs show it: its name in the digests file and its command. */
    private record Example(String name, String... args) {
    }

    private static final List<Example> EXAMPLES = List.of(
            new Example("baseline", "run", "scenarios/baseline.yaml"),
            new Example("prk-supply-halts", "run", "scenarios/prk-supply-halts.yaml"),
            new Example("sanctions-vs-deterrence", "sweep", "scenarios/sanctions-vs-deterrence.yaml"),
            new Example("sensitivity", "sweep", "scenarios/sensitivity.yaml"));

    @TempDir
    Path dir;

    @Test
    void theShippedExamplesGiveTheRecordedBytes() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Example e : EXAMPLES) {
            Path out = dir.resolve(e.name());
            List<String> args = new ArrayList<>(List.of(e.args()));
            args.addAll(List.of("--out", out.toString()));
            Cli r = Cli.run(args.toArray(String[]::new));
            assertEquals(Main.OK, r.code(), e.name() + ": " + r.err());
            for (String file : FILES) {
                if (Files.exists(out.resolve(file))) {
                    lines.add(e.name() + " " + file + " " + FileDigest.sha256(out.resolve(file)).orElseThrow());
                }
            }
        }
        String actual = String.join("\n", lines) + "\n";
        if (Boolean.getBoolean("shipped.outputs.update")) {
            Files.writeString(DIGESTS, actual);
            fail("recorded new digests in " + DIGESTS + "; commit them with the reason the outputs changed");
        }
        assertEquals(Files.readString(DIGESTS), actual, "the shipped examples' results changed; if on purpose, record"
                + " them again (see this test's comment) and say why in the commit");
    }
}
