package alliancesim.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A sweep folder's successful runs as scenario discovery needs them: each run's factor values
 * (the factors named in manifest.json, whose values runs.csv carries in columns of the same names)
 * and its final outputs. Only designs that spread runs over the factor space qualify: a Sobol or
 * Morris design places its points on purpose-built lines, so a box found in them says little.
 */
public record SweepRuns(Path dir, String name, String title, String design, List<String> factors,
                        List<String> outputs, double[][] x, double[][] y) {
    public static final Set<String> DISCOVERABLE = Set.of("random", "lhs", "grid");
    private static final Set<String> NOT_OUTPUTS = Set.of("point", "replicate", "seed", "status", "message");

    @SuppressWarnings("unchecked")
    public static SweepRuns read(Path dir) {
        Path manifestFile = dir.resolve("manifest.json");
        Path runsFile = dir.resolve("runs.csv");
        if (!Files.isRegularFile(manifestFile) || !Files.isRegularFile(runsFile)) {
            throw new IllegalArgumentException(dir + " is not a sweep folder: it needs manifest.json and runs.csv"
                    + " (made by `alliance-sim sweep`)");
        }
        Map<String, Object> manifest;
        try {
            manifest = new ObjectMapper().readValue(manifestFile.toFile(), LinkedHashMap.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + manifestFile + ": " + e.getMessage(), e);
        }
        Object sweep = manifest.get("sweep");
        if (!(sweep instanceof Map)) {
            throw new IllegalArgumentException(dir + " holds a " + manifest.getOrDefault("kind", "run")
                    + ", not a sweep: discover needs a sweep with a random, lhs or grid design");
        }
        Map<String, Object> spec = (Map<String, Object>) sweep;
        String design = String.valueOf(spec.get("design"));
        if (!DISCOVERABLE.contains(design)) {
            throw new IllegalArgumentException(dir + " is a " + design + " sweep: discover needs a random, lhs or grid"
                    + " design, whose points cover the factor space (a " + design + " design does not)");
        }
        List<String> factors = ((List<Map<String, Object>>) spec.get("factors")).stream()
                .map(f -> String.valueOf(f.get("name"))).toList();
        Map<String, Object> scenario = (Map<String, Object>) manifest.getOrDefault("scenario", Map.of());
        String name = String.valueOf(scenario.getOrDefault("name", dir.getFileName()));
        String title = String.valueOf(scenario.getOrDefault("title", name));
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<double[]> xs = new ArrayList<>();
        List<double[]> ys = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(runsFile, StandardCharsets.UTF_8); CSVParser parser = format.parse(in)) {
            Set<String> columns = new LinkedHashSet<>(parser.getHeaderNames());
            for (String f : factors) {
                if (!columns.contains(f)) {
                    throw new IllegalArgumentException(runsFile + " has no column for factor " + f);
                }
            }
            for (String c : columns) {
                if (!NOT_OUTPUTS.contains(c) && !factors.contains(c)) {
                    outputs.add(c);
                }
            }
            for (CSVRecord r : parser) {
                if (!"ok".equals(r.get("status"))) {
                    continue;
                }
                double[] x = new double[factors.size()];
                for (int j = 0; j < x.length; j++) {
                    x[j] = number(r.get(factors.get(j)), runsFile, r);
                }
                double[] y = new double[outputs.size()];
                for (int j = 0; j < y.length; j++) {
                    y[j] = number(r.get(outputs.get(j)), runsFile, r);
                }
                xs.add(x);
                ys.add(y);
            }
        } catch (IOException | IllegalStateException e) {
            throw new IllegalArgumentException("cannot read " + runsFile + ": " + e.getMessage(), e);
        }
        return new SweepRuns(dir, name, title, design, factors, List.copyOf(outputs), xs.toArray(double[][]::new),
                ys.toArray(double[][]::new));
    }

    private static double number(String text, Path file, CSVRecord r) {
        if (text.isEmpty() || text.equals("NA")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ":" + (r.getRecordNumber() + 1) + ": '" + text + "' is not a number");
        }
    }

    /** The runs marked by {@code where}: PRIM's input. */
    public PrimData mark(WhereExpression where) {
        boolean[] interesting = new boolean[y.length];
        for (int r = 0; r < y.length; r++) {
            double[] row = y[r];
            interesting[r] = where.test(o -> row[outputs.indexOf(o)]);
        }
        return new PrimData(factors, x, interesting);
    }
}
