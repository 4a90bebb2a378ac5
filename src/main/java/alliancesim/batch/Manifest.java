package alliancesim.batch;

import alliancesim.model.ModelEvent;
import alliancesim.model.Output;
import alliancesim.model.Param;
import alliancesim.model.TiePair;
import alliancesim.scenario.Scenario;
import alliancesim.stats.StreamingSummary;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** manifest.json: everything needed to know what a result folder is and to reproduce it. */
public final class Manifest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What the report says of a run that draws its parameters from a posterior. */
    public static final String POSTERIOR_DRAWS = "each replicate draws its parameter vector from the posterior by weight,"
            + " from a stream seeded by its run seed (independent of the model's stream), before the scenario's set:"
            + " values and sweep factors apply; events apply during the run. Bands show parameter and stochastic"
            + " uncertainty together. A what-if's before and after share run seeds, so they share the draw.";

    private Manifest() {
    }

    public static Map<String, Object> describe(String kind, Scenario scenario, RunContext context, int threads,
                                               Instant started, Instant finished, int runs, int failed) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("tool", ordered("name", "alliance-sim", "version", context.toolVersion()));
        m.put("command", context.command());
        m.put("git_commit", context.gitCommit());
        m.put("scenario", scenario(scenario));
        m.put("integer_outputs", Output.all().stream().filter(Output::integer).map(Output::key).toList());
        Map<String, String> kinds = new LinkedHashMap<>();
        Output.all().forEach(o -> kinds.put(o.key(), o.kind().key()));
        m.put("output_kinds", kinds);
        m.put("either_sign_outputs", Output.all().stream().filter(Output::eitherSign).map(Output::key).toList());
        m.put("parameters", scenario.parameters().asMap());
        Map<String, String> provenance = new LinkedHashMap<>();
        scenario.parameters().asMap().keySet().forEach(k -> {
            if (context.provenance().containsKey(k)) {
                provenance.put(k, context.provenance().get(k));
            }
        });
        m.put("provenance", provenance);
        Map<String, Object> seeds = new LinkedHashMap<>();
        seeds.put("scenario_seed", scenario.seed());
        seeds.put("derivation", "run seed = SeedDerivation.runSeed(scenario_seed, point, replicate) (SplitMix64 mixing);"
                + " the model's MersenneTwisterFast is seeded with both 32-bit halves");
        m.put("seeds", seeds);
        m.put("versions", ordered("alliance-sim", context.toolVersion(), "java", System.getProperty("java.version"),
                "mason", "18", "jfreechart", "1.5.6", "commons-math3", "3.6.1"));
        Map<String, Object> timings = new LinkedHashMap<>();
        timings.put("started", started.toString());
        timings.put("finished", finished.toString());
        timings.put("seconds", Duration.between(started, finished).toMillis() / 1000.0);
        m.put("timings", timings);
        m.put("threads", threads);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("runs", runs);
        counts.put("ok", runs - failed);
        counts.put("failed", failed);
        m.put("counts", counts);
        return m;
    }

    static Map<String, Object> sweep(alliancesim.scenario.SweepSpec spec, int points, Shard shard) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("design", spec.design().key());
        m.put("samples", spec.samples());
        m.put("levels", spec.levels());
        m.put("points", points);
        m.put("shard", shard.toString());
        List<Map<String, Object>> factors = new java.util.ArrayList<>();
        for (alliancesim.scenario.SweepSpec.Factor f : spec.factors()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("name", f.param().key());
            fm.put("unit", f.param().unit());
            fm.put("description", f.param().description());
            fm.put("min", f.min());
            fm.put("max", f.max());
            fm.put("values", f.values());
            fm.put("levels", f.levels());
            factors.add(fm);
        }
        m.put("factors", factors);
        m.put("timeseries_outputs", spec.timeseriesOfScenarioOutputs() ? "the scenario's outputs" : "all");
        m.put("quantiles", "p05, p50 and p95 in timeseries.csv are exact (type 7; type 1, observed values, for the"
                + " integer_outputs) up to " + PointTimeseries.EXACT_RUNS
                + " successful runs a point, or while an output takes at most " + StreamingSummary.FEW_DISTINCT
                + " distinct values; beyond, P2 estimates (Jain and Chlamtac 1985); n, mean and sd are always exact");
        return m;
    }

    /** Map.of iterates in an order that changes between JVMs; the manifest keeps the order written. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    static Map<String, Object> scenario(Scenario s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("title", s.title());
        m.put("description", s.description());
        m.put("source", s.source() == null ? null : s.source().toString());
        m.put("start", s.start().toString());
        m.put("months", s.months());
        m.put("replications", s.replications());
        m.put("seed", s.seed());
        m.put("set", keyed(s.set()));
        m.put("events", s.modelEvents().stream().map(e -> event(e, s)).toList());
        m.put("outputs", s.outputs().stream().map(Output::key).toList());
        // absolute, so that the same sweep started from another folder or path is recognised as the same
        s.posterior().ifPresent(p -> m.put("posterior", ordered("file", p.toAbsolutePath().normalize().toString(), "draws",
                POSTERIOR_DRAWS)));
        s.recordEnds().ifPresent(r -> m.put("record_ends", r.toString()));
        s.hindcast().ifPresent(p -> m.put("hindcast", ordered("file", p.toAbsolutePath().normalize().toString())));
        return m;
    }

    private static Map<String, Object> event(ModelEvent e, Scenario s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("month", e.month());
        m.put("date", s.start().plusMonths(e.month()).toString());
        m.put("label", e.label());
        m.put("set", keyed(e.set()));
        m.put("summits", e.summits().stream().map(TiePair::label).toList());
        return m;
    }

    private static Map<String, Double> keyed(Map<Param, Double> values) {
        Map<String, Double> m = new LinkedHashMap<>();
        values.forEach((p, v) -> m.put(p.key(), v));
        return m;
    }

    public static void write(Path file, Map<String, Object> manifest) {
        AtomicFiles.write(file, out -> {
            JSON.writeValue(new NonClosingWriter(out), manifest);
            out.write('\n');
        });
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> read(Path file) throws java.io.IOException {
        return JSON.readValue(file.toFile(), LinkedHashMap.class);
    }

    /** Jackson closes the writer it is given; the atomic writer must close it itself. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(java.io.Writer out) {
            super(out);
        }

        @Override
        public void close() throws java.io.IOException {
            flush();
        }
    }

    static List<String> outputs(List<Output> outputs) {
        return outputs.stream().map(Output::key).toList();
    }
}
