package alliancesim.report;

import alliancesim.chart.FanChartSpec;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads what `run` (and later `sweep`) wrote: the manifest and timeseries.csv. Analysis reads only saved results. */
public final class ResultFolder {
    private final Path dir;
    private final Map<String, Object> manifest;

    private ResultFolder(Path dir, Map<String, Object> manifest) {
        this.dir = dir;
        this.manifest = manifest;
    }

    @SuppressWarnings("unchecked")
    public static ResultFolder open(Path dir) {
        Path manifestFile = dir.resolve("manifest.json");
        if (!Files.exists(dir)) {
            throw new IllegalArgumentException(dir + " does not exist; check the path (result folders are under results/)");
        }
        if (!Files.isRegularFile(manifestFile) || !Files.isRegularFile(dir.resolve("timeseries.csv"))) {
            throw new IllegalArgumentException(dir + " is not a result folder: it needs manifest.json and"
                    + " timeseries.csv (made by `alliance-sim run`)");
        }
        try {
            return new ResultFolder(dir, new ObjectMapper().readValue(manifestFile.toFile(), LinkedHashMap.class));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + manifestFile + ": " + e.getMessage(), e);
        }
    }

    public Path dir() {
        return dir;
    }

    public Map<String, Object> manifest() {
        return manifest;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> scenario() {
        return (Map<String, Object>) manifest.getOrDefault("scenario", Map.of());
    }

    public String title() {
        return String.valueOf(scenario().getOrDefault("title", dir.getFileName().toString()));
    }

    public String name() {
        return String.valueOf(scenario().getOrDefault("name", dir.getFileName().toString()));
    }

    @SuppressWarnings("unchecked")
    public List<String> outputs() {
        return (List<String>) scenario().getOrDefault("outputs", List.of());
    }

    /** The scenario's events as chart marks: month and label, in the manifest's order. */
    @SuppressWarnings("unchecked")
    public List<FanChartSpec.EventMark> events() {
        List<FanChartSpec.EventMark> marks = new ArrayList<>();
        for (Map<String, Object> e : (List<Map<String, Object>>) scenario().getOrDefault("events", List.of())) {
            marks.add(new FanChartSpec.EventMark(((Number) e.get("month")).intValue(), String.valueOf(e.get("label"))));
        }
        return marks;
    }

    /**
     * The last month of the public record, as the manifest's scenario records it (`record_ends`):
     * later months are a projection. Empty for a scenario that names none and for older folders.
     */
    public Optional<YearMonth> recordEnds() {
        return recordEnds(manifest, dir.resolve("manifest.json"));
    }

    /** The record's end in any manifest that holds the resolved scenario (a run's, a sweep's, a calibration's). */
    @SuppressWarnings("unchecked")
    static Optional<YearMonth> recordEnds(Map<String, Object> manifest, Path file) {
        Object scenario = manifest.get("scenario");
        Object month = scenario instanceof Map<?, ?> m ? ((Map<String, Object>) m).get("record_ends") : null;
        if (month == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(String.valueOf(month)));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(file + ": record_ends '" + month + "' is not a calendar month (YYYY-MM)", e);
        }
    }

    /**
     * Whether an output takes whole values only (a count, a rung): the manifest lists them; folders
     * written before it did are read by the unit, as the model's registry declares it.
     */
    public boolean integer(String output, String unit) {
        Object listed = manifest.get("integer_outputs");
        if (listed instanceof List<?> l) {
            return l.contains(output);
        }
        return unit != null && (unit.equals("count") || unit.startsWith("rung"));
    }

    /**
     * Whether an output may be negative: the manifest lists them; folders written before it did are
     * read by the unit's range ("index -1..1"), and territory, which its unit does not show, by name.
     */
    public boolean eitherSign(String output, String unit) {
        Object listed = manifest.get("either_sign_outputs");
        if (listed instanceof List<?> l) {
            return l.contains(output);
        }
        return unit != null && unit.matches(".*(^|[\\s(])[-−]\\d.*") || output.equals("territory_change_km2");
    }

    /**
     * Whether an output is a flow, judged by its total: the manifest's output_kinds says; folders
     * written before it did are read by the unit (an amount per month).
     */
    public boolean flow(String output, String unit) {
        if (manifest.get("output_kinds") instanceof Map<?, ?> kinds && kinds.containsKey(output)) {
            return "flow".equals(kinds.get(output));
        }
        return unit != null && unit.endsWith("/month") && !output.equals("front_balance");
    }

    /** The unit of a flow's total: "shells/month" -> "shells". */
    public static String totalUnit(String unit) {
        return unit.endsWith("/month") ? unit.substring(0, unit.length() - "/month".length()) : unit;
    }

    public List<TimeseriesRow> timeseries() {
        return timeseries(point -> true);
    }

    /**
     * The rows of the points wanted, read as a stream: a sweep's file can hold millions of rows. A
     * row's point is its first field, a plain integer, so rows of other points are skipped on that
     * prefix without being parsed as CSV (a sweep's report wants two points of thousands).
     */
    public List<TimeseriesRow> timeseries(IntPredicate wanted) {
        Path file = dir.resolve("timeseries.csv");
        StringBuilder kept = new StringBuilder();
        try (java.io.BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                return List.of();
            }
            kept.append(header).append('\n');
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int comma = line.indexOf(',');
                if (comma > 0 && wanted.test(Integer.parseInt(line, 0, comma, 10))) {
                    kept.append(line).append('\n');
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<TimeseriesRow> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = new java.io.StringReader(kept.toString())) {
            for (CSVRecord r : format.parse(in)) {
                rows.add(new TimeseriesRow(Integer.parseInt(r.get("point")), Integer.parseInt(r.get("month")),
                        r.get("date"), r.get("output"), r.get("unit"), Integer.parseInt(r.get("n")),
                        number(r.get("mean")), number(r.get("sd")), number(r.get("p05")), number(r.get("p50")),
                        number(r.get("p95"))));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return rows;
    }

    private static double number(String text) {
        return text.isEmpty() || text.equals("NA") ? Double.NaN : Double.parseDouble(text);
    }
}
