package alliancesim.batch;

import alliancesim.results.ManifestFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What makes a sweep's runs, as manifest.json records it: the scenario as resolved (horizon, replications,
 * seed, parameters set, events, outputs, posterior), the design and its factors, and the shard. progress.json
 * keeps its SHA-256 and its main fields from the moment the sweep starts, so a manifest edited by hand
 * (more replications, another seed: a resume that would skip points or mix seeds) is refused, naming what
 * differs. The definition is taken from the sweep as rebuilt from the manifest, so the manifest a resume
 * rewrites gives the same one. A progress.json without it (written before it was recorded) is not checked.
 */
record SweepDefinition(String sha256, Map<String, Object> fields) {
    static final String SHA_KEY = "sweep_sha256";
    static final String FIELDS_KEY = "sweep_definition";

    static SweepDefinition of(RecordedSweep r) {
        Map<String, Object> scenario = ManifestFile.asMap(Manifest.scenario(r.scenario()));
        scenario.remove("source"); // the same scenario may be named by another path
        for (String input : List.of("posterior", "hindcast")) { // defined by path, as before hashes were recorded
            if (scenario.get(input) instanceof Map<?, ?> file) {
                file.remove("sha256");
            }
        }
        Map<String, Object> sweep = ManifestFile.asMap(Manifest.sweep(r.scenario().sweep().orElseThrow(), 0, r.shard()));
        sweep.remove("quantiles"); // words about the summaries, not the runs
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("scenario", scenario);
        all.put("sweep", sweep);
        all.put("merged", r.merged());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("replications", r.scenario().replications());
        fields.put("seed", r.scenario().seed());
        fields.put("months", r.scenario().months());
        fields.put("design", sweep.get("design"));
        fields.put("points", JobSize.sweep(r.scenario(), r.shard()).points());
        fields.put("shard", r.merged() ? "merged" : r.shard().toString());
        return new SweepDefinition(JsonHash.sha256(all), fields);
    }

    /** What differs from the definition recorded when the sweep started, one phrase each; empty if none. */
    List<String> differencesFrom(String recordedSha, Map<?, ?> recordedFields) {
        List<String> out = new ArrayList<>();
        if (recordedSha.equals(sha256)) {
            return out;
        }
        if (recordedFields != null) {
            for (Map.Entry<String, Object> e : fields.entrySet()) {
                Object was = recordedFields.get(e.getKey());
                if (!Objects.equals(String.valueOf(was), String.valueOf(e.getValue()))) {
                    out.add(e.getKey() + " is " + e.getValue() + " in manifest.json, but was " + was
                            + " when the sweep started");
                }
            }
        }
        if (out.isEmpty()) {
            out.add("the scenario or the design in manifest.json is not the one the sweep started with (SHA-256 "
                    + JsonHash.prefix(sha256) + " now, " + JsonHash.prefix(recordedSha) + " recorded in progress.json)");
        }
        return out;
    }
}
