package alliancesim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The package arrows of DESIGN.md, checked on every reference in the sources (imports and qualified names). */
class DependencyDirectionTest {
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", Set.of()),
            // files for InvalidInputException alone: a modeller's seeds/evidence.yaml that cannot be read
            Map.entry("evidence", Set.of("model", "files")),
            // files for InvalidInputException alone: a scenario error is a kind of invalid input
            Map.entry("scenario", Set.of("model", "evidence", "files")),
            Map.entry("batch", Set.of("model", "scenario", "evidence", "stats", "files", "results")),
            Map.entry("results", Set.of("files")),
            Map.entry("calibrate", Set.of("batch", "model", "scenario", "evidence", "stats", "files", "results")),
            Map.entry("stats", Set.of()),
            // atomic writes, folder locks, output folders: used by all that write
            Map.entry("files", Set.of()),
            Map.entry("chart", Set.of("stats", "files")),
            // files for InvalidInputException alone: a --where condition or a folder that is not a sweep
            Map.entry("analysis", Set.of("stats", "results", "files")),
            Map.entry("report", Set.of("analysis", "chart", "stats", "files", "results")),
            Map.entry("gui", Set.of("model")),
            // the browser page: a JSON API over batch's paired what-if; stats for the one rule of intervals
            Map.entry("server", Set.of("batch", "calibrate", "scenario", "model", "results", "stats")),
            Map.entry("cli", Set.of("model", "evidence", "scenario", "batch", "calibrate", "stats", "analysis", "chart",
                    "report", "gui", "files", "server", "results")));

    private static final Pattern REFERENCE = Pattern.compile("alliancesim\\.([a-z]+)\\.");

    @Test
    void packagesDependOnlyInTheDesignedDirection() throws IOException {
        Set<String> violations = new TreeSet<>();
        for (MainSources s : MainSources.all()) {
            Matcher m = REFERENCE.matcher(s.text().replaceAll("(?m)^package .*$", ""));
            while (m.find()) {
                String used = m.group(1);
                if (!used.equals(s.pkg()) && !ALLOWED.get(s.pkg()).contains(used)) {
                    violations.add(s.pkg() + " -> " + used + " in " + s.file().getFileName());
                }
            }
        }
        assertEquals(Set.of(), violations);
    }
}
