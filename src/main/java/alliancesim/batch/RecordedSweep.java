package alliancesim.batch;

import alliancesim.files.InvalidInputException;
import alliancesim.model.ModelEvent;
import alliancesim.model.Output;
import alliancesim.model.Param;
import alliancesim.model.TiePair;
import alliancesim.results.ManifestFile;
import alliancesim.results.ResultManifest;
import alliancesim.results.ScenarioRecord;
import alliancesim.results.SweepRecord;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.SweepSpec;
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
                            String gitCommit, String scenarioFile, Map<String, Double> parameters,
                            Optional<SweepProgress> progress, long runs) {
    static final String MANIFEST = "manifest.json";

    /** Reads a sweep folder; refuses (as invalid input) a folder that is not one or whose files are damaged. */
    public static RecordedSweep read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException(folder + " is not a folder; give the result folder of a sweep");
        }
        if (!ManifestFile.exists(folder)) {
            throw new InvalidInputException(folder + " has no " + MANIFEST + ": it is not a sweep folder that can be"
                    + " resumed. A sweep writes " + MANIFEST + " before any run, so one stopped before that ran nothing:"
                    + " start it again with the command you gave (`alliance-sim sweep SCENARIO --out " + folder + "`"
                    + " takes the folder again if it holds nothing else)");
        }
        Path file = folder.resolve(MANIFEST);
        ResultManifest m;
        try {
            m = ManifestFile.read(folder);
        } catch (ManifestFile.DamagedManifestException e) {
            throw damaged(file, e.getMessage());
        }
        if (!m.isSweep()) {
            throw new InvalidInputException(folder + " holds a " + (m.kind() == null ? "non-sweep" : m.kind())
                    + " result, not a sweep; only a sweep can be resumed");
        }
        try {
            boolean merged = m.sweep().merged();
            Shard shard = merged ? Shard.ALL : Shard.parse(m.sweep().shard());
            Scenario scenario = scenario(m.scenario(), m.sweep());
            Optional<SweepProgress> progress = Files.exists(folder.resolve(SweepProgress.FILE))
                    ? Optional.of(SweepProgress.read(folder)) : Optional.empty();
            return new RecordedSweep(folder, scenario, shard, merged, String.valueOf(m.tool().version()),
                    String.valueOf(m.gitCommit()), m.scenarioFile(), m.parameters(), progress, m.counts().runs());
        } catch (NullPointerException | IllegalArgumentException | InvalidInputException e) {
            // a field missing or of no known value (an enum's valueOf, a shard's form) is damage to the manifest
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
        for (Map.Entry<String, Double> e : parameters.entrySet()) {
            Double v = now.get(e.getKey());
            if (v == null || e.getValue() == null || e.getValue().doubleValue() != v) {
                out.add("parameter " + e.getKey() + ": " + e.getValue() + " in the folder, " + v
                        + " in this build of the model");
            }
        }
        return out;
    }

    /** Differences of scenario and design only (not shard, build or model): what makes two sweeps one. */
    public List<String> sweepDifferences(Scenario given) {
        List<String> out = new ArrayList<>();
        Map<String, Object> a = ManifestFile.asMap(Manifest.scenario(scenario));
        Map<String, Object> b = ManifestFile.asMap(Manifest.scenario(given));
        a.remove("source"); // the same scenario may be named by another path
        b.remove("source");
        diff("", a, b, out);
        SweepSpec sa = scenario.sweep().orElseThrow();
        SweepSpec sb = given.sweep().orElseThrow(() -> new InvalidInputException(given.source()
                + " has no sweep: block; it is not the scenario of this sweep"));
        diff("sweep.", ManifestFile.asMap(Manifest.sweep(sa, 0, Shard.ALL)), ManifestFile.asMap(Manifest.sweep(sb, 0,
                Shard.ALL)), out);
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

    private static Scenario scenario(ScenarioRecord sc, SweepRecord sweep) {
        List<ModelEvent> events = new ArrayList<>();
        for (ScenarioRecord.EventRecord e : sc.eventsOrNone()) {
            List<TiePair> summits = e.summits().stream()
                    .map(l -> TiePair.byLabel(l).orElseThrow(() -> new InvalidInputException("unknown tie " + l))).toList();
            events.add(new ModelEvent(e.month(), e.label(), params(e.set()), summits));
        }
        List<SweepSpec.Factor> factors = new ArrayList<>();
        for (SweepRecord.Factor f : sweep.factors()) {
            factors.add(new SweepSpec.Factor(param(f.name()), f.values(), f.min(), f.max(), f.levels()));
        }
        SweepSpec spec = new SweepSpec(SweepSpec.Design.valueOf(sweep.design().toUpperCase(java.util.Locale.ROOT)),
                sweep.samples(), sweep.levels(), factors, "the scenario's outputs".equals(sweep.timeseriesOutputs()));
        List<Output> outputs = sc.outputsOrNone().stream()
                .map(k -> Output.byKey(k).orElseThrow(() -> new InvalidInputException("unknown output " + k))).toList();
        return new Scenario(sc.name(), sc.title(), sc.description(), YearMonth.parse(sc.start()), sc.months(),
                sc.replications(), sc.seed(), params(sc.set()), events, Optional.of(spec), outputs,
                sc.source() == null ? null : Path.of(sc.source()), List.of(),
                Optional.ofNullable(sc.posterior()).map(p -> Path.of(p.file())),
                Map.of(), // a sweep's replications are its own; `precision:` is for run and whatif
                Optional.ofNullable(sc.recordEnds()).map(YearMonth::parse),
                Optional.ofNullable(sc.hindcast()).map(p -> Path.of(p.file())));
    }

    private static Map<Param, Double> params(Map<String, Double> values) {
        Map<Param, Double> m = new EnumMap<>(Param.class);
        values.forEach((k, v) -> m.put(param(k), v));
        return m;
    }

    private static Param param(String key) {
        return Param.byKey(key).orElseThrow(() -> new InvalidInputException("unknown parameter " + key));
    }

    private static InvalidInputException damaged(Path file, String why) {
        return new InvalidInputException(file + " is damaged (" + why + "): it is not the manifest alliance-sim"
                + " wrote, so the sweep cannot be rebuilt from it; restore the file or start the sweep again in a new folder");
    }
}
