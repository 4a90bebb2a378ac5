package alliancesim.batch;

import alliancesim.model.Output;
import alliancesim.model.Param;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.SweepSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A timed sweep for `bench`: the baseline over n / replications random levels of sanctions pressure on
 * Russia, in a temporary folder deleted afterwards (a 10^6-run sweep writes 1.3 GB), with the live heap
 * sampled and the model's own CPU time counted apart from the process's.
 */
public record BenchSweep(long runs, int points, double seconds, double liveMiB, double medianLiveMiB, long samples,
                         double peakMiB, long cpuNanos, long modelCpuNanos) {

    /** With {@code summarized} empty, timeseries.csv keeps every output. */
    public static BenchSweep run(Scenario baseline, List<Output> summarized, long n, int replications, int cores,
                                 RunContext context) throws IOException {
        int points = (int) Math.max(1, n / replications);
        SweepSpec design = new SweepSpec(SweepSpec.Design.RANDOM, points, 4, List.of(new SweepSpec.Factor(
                Param.SANCTIONS_PRESSURE_RUS, List.of(), 0.0, 1.0, 0)), !summarized.isEmpty());
        Scenario sweep = new Scenario("bench", baseline.title(), baseline.description(), baseline.start(),
                baseline.months(), replications, baseline.seed(), baseline.set(), baseline.events(),
                Optional.of(design), summarized.isEmpty() ? baseline.outputs() : summarized, baseline.source());
        Path dir = Files.createTempDirectory("alliance-bench");
        try {
            Benchmark.heapAfterGc();
            Benchmark.resetPeakHeap();
            MeteredSimulator model = new MeteredSimulator(Simulator.MODEL);
            long cpu0 = MeteredSimulator.processCpuNanos();
            long t0 = System.nanoTime();
            try (LiveHeapMonitor monitor = new LiveHeapMonitor()) {
                new SweepRunner(cores, model).run(sweep, dir.resolve("sweep"), context, Shard.ALL, false, r -> { });
                double seconds = (System.nanoTime() - t0) / 1e9;
                long cpu = MeteredSimulator.processCpuNanos() - cpu0;
                return new BenchSweep((long) points * replications, points, seconds, monitor.largestLiveMiB(),
                        monitor.medianLiveMiB(), monitor.samples(), Benchmark.peakHeap(), cpu, model.cpuNanos());
            }
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
