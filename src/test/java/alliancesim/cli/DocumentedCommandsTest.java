package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every `./alliance-sim` command the README and docs/ show still exists as written: each command and
 * subcommand, each option named (also in a synopsis such as `run SCENARIO [--set name=value]...`), each
 * shipped scenario file; and a command written with real arguments parses as picocli reads it. A renamed
 * option or scenario fails here instead of in front of a class.
 */
class DocumentedCommandsTest {
    private static final Pattern INLINE = Pattern.compile("`(\\./alliance-sim [^`]*)`");
    private static final Pattern OPTION = Pattern.compile("--[a-z][a-z-]*");
    private static final Pattern SHIPPED_SCENARIO = Pattern.compile("^scenarios/[\\w-]+\\.yaml$");
    /** An argument standing for the user's own (SCENARIO, DIR, FILE...), a synopsis' brackets or a glob. */
    private static final Pattern PLACEHOLDER = Pattern.compile("[\\[\\]…*]|\\.\\.\\.$|^\"?[A-Z][A-Z_,.]*\"?$|=[A-Z]");

    @Test
    void everyDocumentedCommandExistsAsWritten() throws IOException {
        List<String> commands = documentedCommands();
        assertTrue(commands.size() >= 40, "found only " + commands.size() + " commands in the README and docs/");
        List<String> problems = new ArrayList<>();
        for (String command : commands) {
            problems.addAll(check(command));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aRenamedOptionOrScenarioIsCaught() {
        assertEquals(1, check("./alliance-sim run scenarios/baseline.yaml --replicates 5").size());
        assertEquals(1, check("./alliance-sim run scenarios/no-such-scenario.yaml").size());
        assertEquals(1, check("./alliance-sim simulate scenarios/baseline.yaml").size());
        assertEquals(1, check("./alliance-sim run scenarios/baseline.yaml --replications many").size());
        assertEquals(List.of(), check("./alliance-sim run SCENARIO [--set name=value]... [--out DIR [--force]]"));
    }

    static List<String> check(String command) {
        List<String> words = words(command);
        List<String> problems = new ArrayList<>();
        CommandLine line = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        int i = 1;
        while (i < words.size() && line.getSubcommands().containsKey(words.get(i))) {
            line = line.getSubcommands().get(words.get(i));
            i++;
        }
        if (i == 1) {
            return List.of(command + ": no command '" + (words.size() > 1 ? words.get(1) : "") + "'");
        }
        boolean placeholders = false;
        for (String w : words.subList(i, words.size())) {
            Matcher m = OPTION.matcher(w);
            if (w.startsWith("--") || w.startsWith("[--")) {
                if (m.find() && line.getCommandSpec().findOption(m.group()) == null) {
                    problems.add(command + ": " + line.getCommandName() + " has no option " + m.group());
                }
            }
            if (SHIPPED_SCENARIO.matcher(w).matches() && !Files.exists(Path.of(w))) {
                problems.add(command + ": no file " + w);
            }
            placeholders |= PLACEHOLDER.matcher(w).find();
        }
        if (!placeholders && problems.isEmpty()) {
            try {
                Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                        .parseArgs(words.subList(1, words.size()).toArray(String[]::new));
            } catch (CommandLine.ParameterException e) {
                problems.add(command + ": " + e.getMessage());
            }
        }
        return problems;
    }

    /** The commands in the fenced blocks (a line ending in \ continues) and in inline code of the README and docs/. */
    private static List<String> documentedCommands() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<String> commands = new ArrayList<>();
        for (Path page : pages) {
            boolean fenced = false;
            String pending = null;
            for (String raw : Files.readAllLines(page)) {
                if (raw.strip().startsWith("```")) {
                    fenced = !fenced;
                    continue;
                }
                if (fenced) {
                    String line = raw.replaceAll("\\s+#.*$", "").strip();
                    if (pending != null) {
                        line = pending + " " + line;
                        pending = null;
                    }
                    if (line.endsWith("\\")) {
                        pending = line.substring(0, line.length() - 1).strip();
                    } else if (line.startsWith("./alliance-sim ")) {
                        commands.add(line);
                    }
                } else {
                    Matcher m = INLINE.matcher(raw);
                    while (m.find()) {
                        commands.add(m.group(1));
                    }
                }
            }
        }
        return commands;
    }

    /** Shell words: spaces split, double quotes group. */
    private static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(command);
        while (m.find()) {
            words.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return words;
    }
}
