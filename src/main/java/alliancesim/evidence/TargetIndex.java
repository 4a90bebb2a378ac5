package alliancesim.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names and uses (fit or holdout) of the targets in seeds/targets.yaml: what a calibrated parameter
 * may name. The full reading of a target (output, period, statistic) belongs to the calibration; the
 * evidence only needs to know that a named target exists and is one the parameters may be fitted to.
 */
record TargetIndex(Map<String, String> useByName) {
    static final String FILE = "targets.yaml";

    TargetIndex {
        useByName = Map.copyOf(useByName);
    }

    /** The index, or empty when seeds/ has no targets file; unreadable entries are added to {@code problems}. */
    static Optional<TargetIndex> load(SeedTexts seeds, List<String> problems) {
        Optional<String> yaml = seeds.read(FILE);
        if (yaml.isEmpty()) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(yaml.get());
        } catch (IOException e) {
            problems.add("seeds/" + FILE + " is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
            return Optional.of(new TargetIndex(Map.of()));
        }
        Map<String, String> uses = new LinkedHashMap<>();
        JsonNode list = root == null ? null : root.get("targets");
        if (list == null || !list.isArray()) {
            problems.add("seeds/" + FILE + ": needs a top-level 'targets:' list");
            return Optional.of(new TargetIndex(uses));
        }
        for (JsonNode t : list) {
            String name = t.path("name").asText("");
            if (name.isBlank()) {
                problems.add("seeds/" + FILE + ": a target has no name");
            } else if (uses.put(name, t.path("use").asText("")) != null) {
                problems.add("seeds/" + FILE + ": the target name '" + name + "' is used twice");
            }
        }
        return Optional.of(new TargetIndex(uses));
    }
}
