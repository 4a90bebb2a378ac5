package alliancesim.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * The names of the targets in seeds/targets.yaml: what a calibrated parameter may name. The full
 * reading of a target (output, period, statistic) belongs to the calibration, and which targets are
 * fitted to its cutoff; the evidence only needs to know that a named target exists.
 */
record TargetIndex(Set<String> names) {
    static final String FILE = "targets.yaml";

    TargetIndex {
        names = Set.copyOf(names);
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
            return Optional.of(new TargetIndex(Set.of()));
        }
        Set<String> names = new LinkedHashSet<>();
        JsonNode list = root == null ? null : root.get("targets");
        if (list == null || !list.isArray()) {
            problems.add("seeds/" + FILE + ": needs a top-level 'targets:' list");
            return Optional.of(new TargetIndex(names));
        }
        for (JsonNode t : list) {
            String name = t.path("name").asText("");
            if (name.isBlank()) {
                problems.add("seeds/" + FILE + ": a target has no name");
            } else if (!names.add(name)) {
                problems.add("seeds/" + FILE + ": the target name '" + name + "' is used twice");
            }
        }
        return Optional.of(new TargetIndex(names));
    }
}
