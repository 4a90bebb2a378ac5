package alliancesim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * DESIGN's rule that only `cli` prints to the terminal: no other package writes to the standard streams
 * or prints a stack trace. A message for the user travels up as an exception or a return value.
 */
class OnlyCliPrintsTest {
    private static final Pattern PRINTING = Pattern.compile("System\\.(out|err)\\b|printStackTrace\\(\\)|System\\.console\\(");

    @Test
    void noPackageButCliWritesToTheTerminal() throws IOException {
        Set<String> printers = new TreeSet<>();
        for (MainSources s : MainSources.all()) {
            if (s.pkg().equals("cli")) {
                continue;
            }
            String[] lines = s.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (PRINTING.matcher(lines[i]).find()) {
                    printers.add(MainSources.ROOT.relativize(s.file()) + ":" + (i + 1));
                }
            }
        }
        assertEquals(Set.of(), printers);
    }

    @Test
    void thePatternFindsAPrint() {
        // The scan above is only as good as its pattern: each way of printing must match it.
        for (String line : new String[] {"System.out.println(x);", "System.err.print(y);", "e.printStackTrace();",
                "var c = System.console();"}) {
            assertEquals(true, PRINTING.matcher(line).find(), line);
        }
        assertEquals(false, PRINTING.matcher("PrintWriter out = commandLine.getOut();").find());
    }
}
