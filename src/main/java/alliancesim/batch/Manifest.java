package alliancesim.batch;

import alliancesim.model.ModelEvent;
import alliancesim.model.Output;
import alliancesim.model.Param;
import alliancesim.model.TiePair;
import alliancesim.results.FileDigest;
import alliancesim.results.ManifestFile;
import alliancesim.results.ResultManifest;
import alliancesim.results.ScenarioRecord;
import alliancesim.results.SweepRecord;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.SweepSpec;
import alliancesim.stats.StreamingSummary;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** manifest.json's records made from what a command ran: everything needed to know what a folder is and to reproduce it. */
public final class Manifest {
    /** What the report says of a run that draws its parameters from a posterior. */
    public static final String POSTERIOR_DRAWS = "each replicate draws its parameter vector from the posterior by weight,"
            + " from a stream seeded by its run seed (independent of the model's stream), before the scenario's set:"
            + " values and sweep factors apply; events apply during the run. Bands show parameter and stochastic"
            + " uncertainty together. A what-if's before and after share run seeds, so they share the draw. runs.csv's"
            + " particle column names the particle each replicate drew (its row among posterior.csv's, from 0).";

    private Manifest() {
    }

    public static ResultManifest describe(String kind, Scenario scenario, RunContext context, int threads,
                                          Instant started, Instant finished, long runs, long failed) {
        Map<String, String> kinds = new LinkedHashMap<>();
        Output.all().forEach(o -> kinds.put(o.key(), o.kind().key()));
        Map<String, String> titles = new LinkedHashMap<>();
        Output.all().forEach(o -> titles.put(o.key(), o.title()));
        Map<String, String> provenance = new LinkedHashMap<>();
        scenario.parameters().asMap().keySet().forEach(k -> {
            if (context.provenance().containsKey(k)) {
                provenance.put(k, context.provenance().get(k));
            }
        });
        Map<String, String> versions = new LinkedHashMap<>(); // in the order written, whatever the JVM
        versions.put("alliance-sim", context.toolVersion());
        versions.put("java", System.getProperty("java.version"));
        versions.put("mason", "18");
        versions.put("jfreechart", "1.5.6");
        versions.put("commons-math3", "3.6.1");
        return new ResultManifest(ManifestFile.SCHEMA_VERSION, kind,
                new ResultManifest.Tool("alliance-sim", context.toolVersion()), context.command(), context.gitCommit(),
                scenario(scenario), Output.all().stream().filter(Output::integer).map(Output::key).toList(), kinds,
                Output.all().stream().filter(Output::eitherSign).map(Output::key).toList(), titles,
                scenario.parameters().asMap(), provenance,
                new ResultManifest.Seeds(scenario.seed(), "run seed = SeedDerivation.runSeed(scenario_seed, point,"
                        + " replicate) (SplitMix64 mixing); the model draws from a SplittableRandom seeded with it"),
                versions, new ResultManifest.Timings(started.toString(), finished.toString(),
                        Duration.between(started, finished).toMillis() / 1000.0),
                threads, new ResultManifest.Counts(runs, runs - failed, failed), null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    static SweepRecord sweep(SweepSpec spec, int points, Shard shard) {
        return new SweepRecord(spec.design().key(), spec.samples(), spec.levels(), points, shard.toString(),
                spec.factors().stream().map(f -> new SweepRecord.Factor(f.param().key(), f.param().unit(),
                        f.param().description(), f.min(), f.max(), f.values(), f.levels())).toList(),
                spec.timeseriesOfScenarioOutputs() ? "the scenario's outputs" : "all",
                "p05, p50 and p95 in timeseries.csv are exact (type 7; type 1, observed values, for the"
                + " integer_outputs) up to " + PointTimeseries.EXACT_RUNS
                + " successful runs a point, or while an output takes at most " + StreamingSummary.FEW_DISTINCT
                + " distinct values; beyond, P2 estimates (Jain and Chlamtac 1985); n, mean and sd are always exact");
    }

    static ScenarioRecord scenario(Scenario s) {
        // absolute, so that the same sweep started from another folder or path is recognised as the same
        return new ScenarioRecord(s.name(), s.title(), s.description(), s.source() == null ? null : s.source().toString(),
                s.start().toString(), s.months(), s.replications(), s.seed(), keyed(s.set()),
                s.modelEvents().stream().map(e -> event(e, s)).toList(), s.outputs().stream().map(Output::key).toList(),
                s.posterior().map(p -> posterior(p, POSTERIOR_DRAWS)).orElse(null),
                s.recordEnds().map(Object::toString).orElse(null),
                s.hindcast().map(p -> posterior(p, null)).orElse(null));
    }

    private static ScenarioRecord.PosteriorRef posterior(Path file, String draws) {
        return new ScenarioRecord.PosteriorRef(file.toAbsolutePath().normalize().toString(),
                FileDigest.sha256(file).orElse(null), draws);
    }

    private static ScenarioRecord.EventRecord event(ModelEvent e, Scenario s) {
        return new ScenarioRecord.EventRecord(e.month(), s.start().plusMonths(e.month()).toString(), e.label(),
                keyed(e.set()), e.summits().stream().map(TiePair::label).toList());
    }

    private static Map<String, Double> keyed(Map<Param, Double> values) {
        Map<String, Double> m = new LinkedHashMap<>();
        values.forEach((p, v) -> m.put(p.key(), v));
        return m;
    }
}
