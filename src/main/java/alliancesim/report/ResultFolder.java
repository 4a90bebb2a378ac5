package alliancesim.report;

import alliancesim.chart.FanChartSpec;
import alliancesim.files.InvalidInputException;
import alliancesim.results.ManifestFile;
import alliancesim.results.ResultManifest;
import alliancesim.results.ScenarioRecord;
import alliancesim.results.TimeseriesReader;
import alliancesim.results.TimeseriesRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/** Reads what `run` (and later `sweep`) wrote: the manifest and timeseries.csv. Analysis reads only saved results. */
public final class ResultFolder {
    private final Path dir;
    private final ResultManifest manifest;
    private final OutputTitles titles;

    private ResultFolder(Path dir, ResultManifest manifest) {
        this.dir = dir;
        this.manifest = manifest;
        this.titles = OutputTitles.of(manifest);
    }

    public static ResultFolder open(Path dir) {
        if (!Files.exists(dir)) {
            throw new InvalidInputException(dir + " does not exist; check the path (result folders are under results/)");
        }
        ManifestFile.unfinished(dir).ifPresent(why -> {
            throw new InvalidInputException(why);
        });
        if (!ManifestFile.exists(dir) || !Files.isRegularFile(dir.resolve("timeseries.csv"))) {
            throw new InvalidInputException(dir + " is not a result folder: it needs manifest.json and"
                    + " timeseries.csv (made by `alliance-sim run`)");
        }
        return new ResultFolder(dir, ManifestFile.read(dir));
    }

    public Path dir() {
        return dir;
    }

    public ResultManifest manifest() {
        return manifest;
    }

    /** The resolved scenario; an empty one for a manifest that records none. */
    public ScenarioRecord scenario() {
        return manifest.scenario() == null ? ScenarioRecord.NONE : manifest.scenario();
    }

    public String title() {
        return scenario().title() == null ? dir.getFileName().toString() : scenario().title();
    }

    public String name() {
        return scenario().name() == null ? dir.getFileName().toString() : scenario().name();
    }

    public List<String> outputs() {
        return scenario().outputsOrNone();
    }

    /** The scenario's events as chart marks: month and label, in the manifest's order. */
    public List<FanChartSpec.EventMark> events() {
        return scenario().eventsOrNone().stream().map(e -> new FanChartSpec.EventMark(e.month(), e.label())).toList();
    }

    /**
     * The last month of the public record, as the manifest's scenario records it (`record_ends`):
     * later months are a projection. Empty for a scenario that names none and for older folders.
     */
    public Optional<YearMonth> recordEnds() {
        return recordEnds(manifest, dir.resolve(ManifestFile.NAME));
    }

    /** The record's end in any manifest that holds the resolved scenario (a run's, a sweep's, a calibration's). */
    static Optional<YearMonth> recordEnds(ResultManifest manifest, Path file) {
        String month = manifest.scenario() == null ? null : manifest.scenario().recordEnds();
        if (month == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(month));
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(file + ": record_ends '" + month + "' is not a calendar month (YYYY-MM)", e);
        }
    }

    /**
     * Whether an output takes whole values only (a count, a rung): the manifest lists them; folders
     * written before it did are read by the unit, as the model's registry declares it.
     */
    public boolean integer(String output, String unit) {
        if (manifest.integerOutputs() != null) {
            return manifest.integerOutputs().contains(output);
        }
        return unit != null && (unit.equals("count") || unit.startsWith("rung"));
    }

    /** The outputs' titles its manifest declares ("North Korean shells delivered to Russia"). */
    public OutputTitles titles() {
        return titles;
    }

    /**
     * Whether an output may be negative: the manifest lists them; folders written before it did are
     * read by the unit's range ("index -1..1"), and territory, which its unit does not show, by name.
     */
    public boolean eitherSign(String output, String unit) {
        if (manifest.eitherSignOutputs() != null) {
            return manifest.eitherSignOutputs().contains(output);
        }
        return unit != null && unit.matches(".*(^|[\\s(])[-−]\\d.*") || output.equals("territory_change_km2");
    }

    /**
     * Whether an output is a flow, judged by its total: the manifest's output_kinds says; folders
     * written before it did are read by the unit (an amount per month).
     */
    public boolean flow(String output, String unit) {
        if (manifest.outputKinds() != null && manifest.outputKinds().containsKey(output)) {
            return "flow".equals(manifest.outputKinds().get(output));
        }
        return unit != null && unit.endsWith("/month") && !output.equals("front_balance");
    }

    /**
     * Whether an output is an index (a level or a ratio, not an amount): the manifest's output_kinds
     * says; folders written before it did are read by the unit ("index...").
     */
    public boolean index(String output, String unit) {
        if (manifest.outputKinds() != null && manifest.outputKinds().containsKey(output)) {
            return "index".equals(manifest.outputKinds().get(output));
        }
        return unit != null && unit.startsWith("index");
    }

    /** The unit of a flow's total: "shells/month" -> "shells". */
    public static String totalUnit(String unit) {
        return unit.endsWith("/month") ? unit.substring(0, unit.length() - "/month".length()) : unit;
    }

    public List<TimeseriesRow> timeseries() {
        return timeseries(point -> true);
    }

    /** The rows of the points wanted ({@link TimeseriesReader#read}). */
    public List<TimeseriesRow> timeseries(IntPredicate wanted) {
        return TimeseriesReader.read(dir.resolve(TimeseriesReader.NAME), wanted);
    }
}
