package alliancesim.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** runs.csv read back: the final value of each output for each successful run, keyed by (point, replicate). */
public final class RunsTable {
    private final Map<String, Map<String, Double>> byRun = new LinkedHashMap<>();

    private RunsTable() {
    }

    public static RunsTable read(Path file) {
        RunsTable t = new RunsTable();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var parser = format.parse(in);
            List<String> columns = new ArrayList<>(parser.getHeaderNames());
            for (CSVRecord r : parser) {
                if (!"ok".equals(r.get("status"))) {
                    continue;
                }
                Map<String, Double> values = new LinkedHashMap<>();
                for (String c : columns) {
                    if (!List.of("point", "replicate", "seed", "status", "message").contains(c)) {
                        String v = r.get(c);
                        values.put(c, v.isEmpty() || v.equals("NA") ? Double.NaN : Double.parseDouble(v));
                    }
                }
                t.byRun.put(r.get("point") + "/" + r.get("replicate"), values);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return t;
    }

    /** Run keys present in both tables, in this table's order: the pairs of a what-if. */
    public List<String> commonRuns(RunsTable other) {
        return byRun.keySet().stream().filter(other.byRun::containsKey).toList();
    }

    public double[] values(List<String> runs, String column) {
        return runs.stream().mapToDouble(k -> byRun.get(k).getOrDefault(column, Double.NaN)).toArray();
    }
}
