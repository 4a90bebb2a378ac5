package alliancesim.batch;

import alliancesim.model.Output;
import alliancesim.model.Param;
import alliancesim.model.TiePair;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioEvent;
import alliancesim.scenario.SweepSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The sweep a folder belongs to, rebuilt from its manifest.json: the resolved scenario (design,
 * factors, replications, seed, horizon, events), the shard and the code that started it. A resume
 * runs this sweep, never what a scenario file on disk says today.
 */
public record RecordedSweep(Path folder, Scenario scenario, Shard shard, boolean merged, String toolVersion,
                            String gitCommit, String scenarioFile, Map<String, Object> parameters,
                            Optional<SweepProgress> progress, long runs) {
    static final String MANIFEST = "manifest.json";

    /** Reads a sweep folder; refuses (as invalid input) a folder that is not one or whose files are damaged. */
    @SuppressWarnings("unchecked")
    public static RecordedSweep read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + " is not a folder; give the result folder of a sweep");
        }
        Path file = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(folder + " has no " + MANIFEST + ": it is not a sweep folder that can be"
                    + " resumed. A sweep writes " + MANIFEST + " before any run, so one stopped before that ran nothing:"
                    + " start it again with the command you gave (`alliance-sim sweep SCENARIO --out " + folder + "`"
                    + " takes the folder again if it holds nothing else)");
        }
        Map<String, Object> m;
        try {
            m = Manifest.read(file);
        } catch (IOException e) {
            throw damaged(file, e.getMessage());
        }
        if (!(m.get("sweep") instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(folder + " holds a " + m.getOrDefault("kind", "non-sweep")
                    + " result, not a sweep; only a sweep can be resumed");
        }
        try {
            Map<String, Object> sweep = (Map<String, Object>) m.get("sweep");
            Map<String, Object> sc = (Map<String, Object>) m.get("scenario");
            String shardText = String.valueOf(sweep.get("shard"));
            boolean merged = shardText.contains("merged");
            Shard shard = merged ? Shard.ALL : Shard.parse(shardText);
            Scenario scenario = scenario(sc, sweep);
            Map<String, Object> tool = (Map<String, Object>) m.get("tool");
            Map<String, Object> counts = (Map<String, Object>) m.get("counts");
            Optional<SweepProgress> progress = Files.exists(folder.resolve(SweepProgress.FILE))
                    ? Optional.of(SweepProgress.read(folder)) : Optional.empty();
            return new RecordedSweep(folder, scenario, shard, merged, String.valueOf(tool.get("version")),
                    String.valueOf(m.get("git_commit")), (String) m.get("scenario_file"),
                    (Map<String, Object>) m.get("parameters"), progress, ((Number) counts.get("runs")).longValue());
        } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
            if (e instanceof SweepProgress.DamagedException d) {
                throw d;
            }
            throw damaged(file, e.getMessage());
        }
    }

    public boolean finished() {
        return progress.map(SweepProgress::finished).orElse(false);
    }

    /**
     * What differs between this recorded sweep and what a command asks for: one line per
     * difference ("replications: 4000 in the folder, 10 given"); empty if they agree.
     */
    public List<String> differences(Scenario given, Shard givenShard, String givenToolVersion, String givenGitCommit) {
        List<String> out = sweepDifferences(given);
        if (!shard.equals(givenShard)) {
            out.add("shard: " + shard + " in the folder, " + givenShard + " given");
        }
        if (!Objects.equals(toolVersion, givenToolVersion)) {
            out.add("alliance-sim version: " + toolVersion + " in the folder, " + givenToolVersion + " running");
        }
        if (!"unknown".equals(gitCommit) && !"unknown".equals(givenGitCommit) && !Objects.equals(gitCommit, givenGitCommit)) {
            out.add("built from commit: " + gitCommit + " in the folder, " + givenGitCommit + " running");
        }
        Map<String, Double> now = scenario.parameters().asMap();
        for (Map.Entry<String, Object> e : parameters.entrySet()) {
            Double v = now.get(e.getKey());
            if (v == null || !(e.getValue() instanceof Number n) || n.doubleValue() != v) {
                out.add("parameter " + e.getKey() + ": " + e.getValue() + " in the folder, " + v
                        + " in this build of the model");
            }
        }
        return out;
    }

    /** Differences of scenario and design only (not shard, build or model): what makes two sweeps one. */
    public List<String> sweepDifferences(Scenario given) {
        List<String> out = new ArrayList<>();
        Map<String, Object> a = Manifest.scenario(scenario);
        Map<String, Object> b = Manifest.scenario(given);
        a.remove("source"); // the same scenario may be named by another path
        b.remove("source");
        diff("", a, b, out);
        SweepSpec sa = scenario.sweep().orElseThrow();
        SweepSpec sb = given.sweep().orElseThrow(() -> new IllegalArgumentException(given.source()
                + " has no sweep: block; it is not the scenario of this sweep"));
        diff("sweep.", Manifest.sweep(sa, 0, Shard.ALL), Manifest.sweep(sb, 0, Shard.ALL), out);
        return out;
    }

    private static void diff(String path, Object a, Object b, List<String> out) {
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            Set<Object> keys = new LinkedHashSet<>(ma.keySet());
            keys.addAll(mb.keySet());
            for (Object k : keys) {
                diff(path + k + ".", ma.get(k), mb.get(k), out);
            }
        } else if (!Objects.equals(a, b)) {
            out.add(path.substring(0, path.length() - 1) + ": " + shortened(a) + " in the folder, " + shortened(b) + " given");
        }
    }

    /** A value short enough for a one-line message. */
    private static String shortened(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    @SuppressWarnings("unchecked")
    private static Scenario scenario(Map<String, Object> sc, Map<String, Object> sweep) {
        List<ScenarioEvent> events = new ArrayList<>();
        for (Map<String, Object> e : (List<Map<String, Object>>) sc.get("events")) {
            List<TiePair> summits = ((List<String>) e.get("summits")).stream()
                    .map(l -> TiePair.byLabel(l).orElseThrow(() -> new IllegalArgumentException("unknown tie " + l))).toList();
            events.add(new ScenarioEvent(((Number) e.get("month")).intValue(), (String) e.get("label"),
                    params((Map<String, Object>) e.get("set")), summits));
        }
        List<SweepSpec.Factor> factors = new ArrayList<>();
        for (Map<String, Object> f : (List<Map<String, Object>>) sweep.get("factors")) {
            factors.add(new SweepSpec.Factor(param((String) f.get("name")),
                    ((List<Number>) f.get("values")).stream().map(Number::doubleValue).toList(),
                    ((Number) f.get("min")).doubleValue(), ((Number) f.get("max")).doubleValue(),
                    ((Number) f.get("levels")).intValue()));
        }
        SweepSpec spec = new SweepSpec(SweepSpec.Design.valueOf(((String) sweep.get("design")).toUpperCase(java.util.Locale.ROOT)),
                ((Number) sweep.get("samples")).intValue(), ((Number) sweep.get("levels")).intValue(), factors,
                "the scenario's outputs".equals(sweep.get("timeseries_outputs")));
        List<Output> outputs = ((List<String>) sc.get("outputs")).stream()
                .map(k -> Output.byKey(k).orElseThrow(() -> new IllegalArgumentException("unknown output " + k))).toList();
        Object source = sc.get("source");
        return new Scenario((String) sc.get("name"), (String) sc.get("title"), (String) sc.get("description"),
                YearMonth.parse((String) sc.get("start")), ((Number) sc.get("months")).intValue(),
                ((Number) sc.get("replications")).intValue(), ((Number) sc.get("seed")).longValue(),
                params((Map<String, Object>) sc.get("set")), events, Optional.of(spec), outputs,
                source == null ? null : Path.of((String) source), List.of(),
                Optional.ofNullable((Map<String, Object>) sc.get("posterior")).map(p -> Path.of((String) p.get("file"))),
                Map.of(), // a sweep's replications are its own; `precision:` is for run and whatif
                Optional.ofNullable((String) sc.get("record_ends")).map(YearMonth::parse),
                Optional.ofNullable((Map<String, Object>) sc.get("hindcast")).map(p -> Path.of((String) p.get("file"))));
    }

    private static Map<Param, Double> params(Map<String, Object> values) {
        Map<Param, Double> m = new EnumMap<>(Param.class);
        values.forEach((k, v) -> m.put(param(k), ((Number) v).doubleValue()));
        return m;
    }

    private static Param param(String key) {
        return Param.byKey(key).orElseThrow(() -> new IllegalArgumentException("unknown parameter " + key));
    }

    private static IllegalArgumentException damaged(Path file, String why) {
        return new IllegalArgumentException(file + " is damaged (" + why + "): it is not the manifest alliance-sim"
                + " wrote, so the sweep cannot be rebuilt from it; restore the file or start the sweep again in a new folder");
    }
}
