package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.calibrate.AbcSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Options that name a choice are read by picocli's own enum conversion, in the words the help uses. */
class EnumOptionsTest {
    private static CommandLine.ParseResult parse(String... args) {
        return Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())).parseArgs(args);
    }

    @Test
    void calibratesMethodIsAnEnumInTheHelpsWords() {
        for (String word : new String[] {"auto", "importance", "mcmc", "MCMC"}) {
            CommandLine.ParseResult r = parse("calibrate", "s.yaml", "--method", word);
            assertEquals(AbcSettings.Method.valueOf(word.toUpperCase(java.util.Locale.ROOT)),
                    r.subcommand().matchedOptionValue("--method", null));
        }
    }

    @Test
    void anUnknownChoiceIsRefusedWithTheChoicesAndExit2() {
        Cli r = Cli.run("calibrate", CalibrateCommandTest.SCENARIO, "--method", "banana");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("AUTO, IMPORTANCE, MCMC") && r.err().contains("banana"), r.err());
        Cli p = Cli.run("params", "--format", "CSV");
        assertEquals(0, p.code(), p.err());
    }
}
