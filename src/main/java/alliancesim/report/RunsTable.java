package alliancesim.report;

import alliancesim.files.InvalidInputException;
import alliancesim.results.RunsReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** runs.csv read back: the final value of each output for each successful run, keyed by (point, replicate). */
public final class RunsTable {
    private final Map<String, Map<String, Double>> byRun = new LinkedHashMap<>();
    private final Map<String, String> seeds = new LinkedHashMap<>();

    private RunsTable() {
    }

    public static RunsTable read(Path file) {
        RunsTable t = new RunsTable();
        try (RunsReader in = RunsReader.open(file)) {
            List<String> columns = in.valueColumns();
            int[] at = columns.stream().mapToInt(in::column).toArray();
            boolean seeds = in.has("seed");
            for (RunsReader.Row r = in.next(); r != null; r = in.next()) {
                String key = r.point() + "/" + r.replicate();
                if (seeds) {
                    t.seeds.put(key, r.seed());
                }
                if (!r.ok()) {
                    continue;
                }
                Map<String, Double> values = new LinkedHashMap<>();
                for (int i = 0; i < at.length; i++) {
                    values.put(columns.get(i), r.number(at[i]));
                }
                t.byRun.put(key, values);
            }
        } catch (java.io.UncheckedIOException e) {
            throw new InvalidInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return t;
    }

    /** Run keys present in both tables, in this table's order: the pairs of a what-if. */
    public List<String> commonRuns(RunsTable other) {
        return byRun.keySet().stream().filter(other.byRun::containsKey).toList();
    }

    /**
     * The runs both tables ran on the same seed, or none when a run of the same (point, replicate)
     * has another seed in the other table: folders whose runs share seeds are compared pair by pair.
     */
    public List<String> sharedSeedRuns(RunsTable other) {
        for (Map.Entry<String, String> e : seeds.entrySet()) {
            String theirs = other.seeds.get(e.getKey());
            if (theirs != null && !theirs.equals(e.getValue())) {
                return List.of();
            }
        }
        return commonRuns(other).stream().filter(seeds::containsKey).toList();
    }

    /** Whether runs.csv has the column (a flow's total, in folders written since runs.csv has them). */
    public boolean has(String column) {
        return byRun.values().stream().findFirst().map(v -> v.containsKey(column)).orElse(false);
    }

    /** Every successful run, in the file's order. */
    public List<String> runs() {
        return List.copyOf(byRun.keySet());
    }

    public double[] values(List<String> runs, String column) {
        return runs.stream().mapToDouble(k -> byRun.get(k).getOrDefault(column, Double.NaN)).toArray();
    }
}
