package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * picocli formats every help text with String.format: a bare "95 % interval" is not a format and makes it
 * print "[picocli WARN] Could not format ..." on stderr wherever the help is built, the build's tests
 * included. Percent signs in help texts are written %%.
 */
class HelpTextTest {
    @Test
    void everyCommandsHelpBuildsWithoutAWarning() {
        PrintStream stderr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        List<String> helps = new ArrayList<>();
        try {
            System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
            collect(new CommandLine(new Main()), helps);
        } finally {
            System.setErr(stderr);
        }
        assertEquals("", warnings.toString(StandardCharsets.UTF_8));
        assertTrue(helps.size() > 10, "every command's help was built: " + helps.size());
        assertFalse(helps.stream().anyMatch(h -> h.contains("%%")), "a doubled %% reaches the reader");
    }

    private static void collect(CommandLine command, List<String> helps) {
        helps.add(command.getUsageMessage(CommandLine.Help.Ansi.OFF));
        command.getSubcommands().values().forEach(sub -> collect(sub, helps));
    }
}
