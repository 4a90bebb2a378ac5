package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.files.InvalidInputException;
import alliancesim.scenario.Problem;
import alliancesim.scenario.ScenarioException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Only input said to be invalid by its type exits 2; an internal check's IllegalArgumentException is an internal error. */
class ExitCodesTest {
    /** A command that throws what it is given, as a real command would from deep inside. */
    @CommandLine.Command(name = "throws")
    private record Throws(RuntimeException thrown) implements Callable<Integer> {
        @Override
        public Integer call() {
            throw thrown;
        }
    }

    private record Outcome(int code, String err) {
    }

    private static Outcome run(RuntimeException thrown, String... args) {
        StringWriter err = new StringWriter();
        PrintWriter errWriter = new PrintWriter(err);
        CommandLine cl = new CommandLine(new Throws(thrown));
        cl.setErr(errWriter);
        cl.setExecutionExceptionHandler(new ExitCodes(errWriter));
        return new Outcome(cl.execute(args), err.toString());
    }

    @Test
    void anInternalIllegalArgumentExceptionIsAnInternalErrorNotInvalidInput() {
        Outcome o = run(new IllegalArgumentException("munition flow must be >= 0, got -1"));
        assertEquals(Main.ERROR, o.code(), o.err());
        assertTrue(o.err().contains("internal error (IllegalArgumentException: munition flow must be >= 0"), o.err());
        assertTrue(o.err().contains("please report it"), o.err());
    }

    /** A NumberFormatException is an IllegalArgumentException too: one that escapes unwrapped is a bug, not bad input. */
    @Test
    void anUnwrappedNumberFormatExceptionIsAnInternalError() {
        Outcome o = run(new NumberFormatException("For input string: \"x\""));
        assertEquals(Main.ERROR, o.code(), o.err());
        assertTrue(o.err().contains("internal error"), o.err());
    }

    @Test
    void typedInvalidInputExitsTwoWithItsMessageAlone() {
        Outcome o = run(new InvalidInputException("--threads must be at least 1"));
        assertEquals(Main.INVALID_INPUT, o.code(), o.err());
        assertEquals("error: --threads must be at least 1", o.err().strip());
        assertFalse(o.err().contains("internal"), o.err());
    }

    @Test
    void aScenarioErrorIsAKindOfInvalidInput() {
        Outcome o = run(new ScenarioException(List.of(new Problem(Path.of("s.yaml"), 3, "unknown key 'mnths'"))));
        assertEquals(Main.INVALID_INPUT, o.code(), o.err());
        assertTrue(o.err().contains("s.yaml:3: unknown key 'mnths'"), o.err());
    }

    /** picocli's own parameter errors are usage errors, exit 2, without reaching the handler. */
    @Test
    void anUnknownOptionIsStillInvalidInput() {
        Outcome o = run(new IllegalStateException("never thrown"), "--no-such-option");
        assertEquals(Main.INVALID_INPUT, o.code(), o.err());
        assertTrue(o.err().contains("--no-such-option"), o.err());
    }

    /** Through the real command line: a bad option value a command checks itself is still exit 2. */
    @Test
    void theRealCommandLineStillReportsBadInputAsTwo() {
        Cli bad = Cli.run("run", "scenarios/baseline.yaml", "--threads", "0");
        assertEquals(Main.INVALID_INPUT, bad.code(), bad.err());
        assertFalse(bad.err().contains("internal"), bad.err());
    }
}
