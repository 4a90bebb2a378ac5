package alliancesim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * report.html for a result folder: the scenario, the manifest's facts, the parameters with their
 * provenance, the final values and every chart, in one file that opens anywhere.
 */
public final class RunReport {
    private RunReport() {
    }

    public static Path write(ResultFolder folder) {
        return write(folder, "");
    }

    /** With {@code sectionHtml} (a sweep's analysis, say) placed before the charts. */
    public static Path write(ResultFolder folder, String sectionHtml) {
        Map<String, Object> scenario = folder.scenario();
        HtmlPage page = new HtmlPage(folder.title());
        page.heading(1, folder.title());
        page.paragraph(String.valueOf(scenario.getOrDefault("description", "")));
        posteriorNote(scenario).ifPresent(page::paragraph);
        page.heading(2, folder.manifest().containsKey("sweep") ? "Final values at design point 0 (see runs.csv for every point)"
                : "Final values");
        page.table(List.of("output", "unit", "n", "mean", "5 %", "median", "95 %"), finalValues(folder));
        lastMonth(folder).flatMap(last -> projectionNote(folder.recordEnds(), last)).ifPresent(page::paragraph);
        page.raw(sectionHtml);
        page.heading(2, "Charts");
        List<String> order = folder.outputs();
        List<Path> pngs = new ArrayList<>(charts(folder.dir()));
        // Charts in the scenario's order of outputs, the way its table reads.
        pngs.sort(java.util.Comparator.comparingInt((Path p) -> {
            String name = p.getFileName().toString().replaceFirst("^fan-", "").replaceFirst("\\.png$", "");
            int i = order.indexOf(name);
            return i < 0 ? Integer.MAX_VALUE : i;
        }).thenComparing(Path::toString));
        for (Path png : pngs) {
            page.image(png, png.getFileName().toString());
        }
        page.raw(provenanceSections(folder));
        Path file = folder.dir().resolve("report.html");
        page.write(file);
        return file;
    }

    /**
     * The sentence that says the months after the record's end are a projection, when the run goes
     * past it: the terminal table and the report say it alike.
     */
    public static java.util.Optional<String> projectionNote(java.util.Optional<YearMonth> recordEnds, YearMonth last) {
        return recordEnds.filter(r -> last.isAfter(r)).map(r -> "Months after " + r
                + " are a projection under today's policies (record_ends in the scenario), not a forecast.");
    }

    private static java.util.Optional<YearMonth> lastMonth(ResultFolder folder) {
        Object start = folder.scenario().get("start");
        Object months = folder.scenario().get("months");
        return start == null || !(months instanceof Number n) ? java.util.Optional.empty()
                : java.util.Optional.of(YearMonth.parse(String.valueOf(start)).plusMonths(n.longValue() - 1));
    }

    /** "Parameters drawn from the posterior FILE: how", when the runs drew from a posterior. */
    static java.util.Optional<String> posteriorNote(Map<String, Object> scenario) {
        return scenario.get("posterior") instanceof Map<?, ?> posterior
                ? java.util.Optional.of("Parameters drawn from the posterior " + posterior.get("file") + ": "
                        + posterior.get("draws"))
                : java.util.Optional.empty();
    }

    /** The run's facts, its events and every parameter with its provenance, as HTML sections. */
    static String provenanceSections(ResultFolder folder) {
        HtmlPage page = new HtmlPage("");
        page.heading(2, "Run");
        page.table(List.of("fact", "value"), facts(folder));
        page.heading(2, "Events");
        page.table(List.of("month", "date", "event", "changes"), events(folder.scenario()));
        page.heading(2, "Parameters");
        page.table(List.of("parameter", "value", "provenance"), parameters(folder));
        return page.body();
    }

    static List<List<String>> finalValues(ResultFolder folder) {
        List<TimeseriesRow> rows = folder.timeseries(point -> point == 0); // a sweep's first point
        int last = rows.stream().mapToInt(TimeseriesRow::month).max().orElse(0);
        List<List<String>> out = new ArrayList<>();
        for (TimeseriesRow r : rows) {
            if (r.month() == last && r.point() == 0) {
                out.add(List.of(r.output(), r.unit(), Integer.toString(r.n()), Change.num(r.mean()), Change.num(r.p05()),
                        Change.num(r.p50()), Change.num(r.p95())));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<List<String>> facts(ResultFolder folder) {
        Map<String, Object> m = folder.manifest();
        Map<String, Object> seeds = (Map<String, Object>) m.getOrDefault("seeds", Map.of());
        Map<String, Object> timings = (Map<String, Object>) m.getOrDefault("timings", Map.of());
        Map<String, Object> counts = (Map<String, Object>) m.getOrDefault("counts", Map.of());
        Map<String, Object> scenario = folder.scenario();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("scenario", folder.name() + " (" + scenario.getOrDefault("source", "") + ")"));
        rows.add(List.of("calendar", scenario.getOrDefault("start", "") + ", " + scenario.getOrDefault("months", "") + " months"));
        rows.add(List.of("command", String.valueOf(m.getOrDefault("command", ""))));
        rows.add(List.of("scenario seed", String.valueOf(seeds.getOrDefault("scenario_seed", ""))));
        rows.add(List.of("run seeds", String.valueOf(seeds.getOrDefault("derivation", ""))));
        if (scenario.get("posterior") instanceof Map<?, ?> posterior) { // how, the page's opening says
            rows.add(List.of("parameters", "drawn by weight from the posterior " + posterior.get("file")));
        }
        rows.add(List.of("runs", counts.getOrDefault("runs", "") + " (" + counts.getOrDefault("ok", "") + " ok, "
                + counts.getOrDefault("failed", "") + " failed)"));
        if (m.get("replication_plan") instanceof Map<?, ?> plan) {
            rows.add(List.of("replications planned", plan.get("replications_used") + ": " + plan.get("why") + " ("
                    + plan.get("rule") + "; reached: " + plan.get("targets") + ")"));
        }
        rows.add(List.of("started", String.valueOf(timings.getOrDefault("started", ""))));
        rows.add(List.of("duration", timings.getOrDefault("seconds", "") + " s on " + m.getOrDefault("threads", "") + " threads"));
        rows.add(List.of("git commit", String.valueOf(m.getOrDefault("git_commit", ""))));
        rows.add(List.of("versions", keyValues(m.getOrDefault("versions", Map.of()))));
        return rows;
    }

    @SuppressWarnings("unchecked")
    static List<List<String>> events(Map<String, Object> scenario) {
        List<List<String>> rows = new ArrayList<>();
        for (Object o : (List<Object>) scenario.getOrDefault("events", List.of())) {
            Map<String, Object> e = (Map<String, Object>) o;
            List<String> parts = new ArrayList<>();
            ((Map<String, Object>) e.getOrDefault("set", Map.of())).forEach((k, v) -> parts.add(k + " = " + value(v)));
            ((List<Object>) e.getOrDefault("summits", List.of())).forEach(s -> parts.add(s + " summit"));
            String changes = parts.isEmpty() ? "—" : String.join("; ", parts);
            rows.add(List.of(String.valueOf(e.get("month")), String.valueOf(e.get("date")), String.valueOf(e.get("label")),
                    changes));
        }
        if (rows.isEmpty()) {
            rows.add(List.of("—", "—", "no events", "—"));
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> parameters(ResultFolder folder) {
        Map<String, Object> values = (Map<String, Object>) folder.manifest().getOrDefault("parameters", Map.of());
        Map<String, Object> provenance = (Map<String, Object>) folder.manifest().getOrDefault("provenance", Map.of());
        Map<String, Object> set = (Map<String, Object>) folder.scenario().getOrDefault("set", Map.of());
        List<List<String>> rows = new ArrayList<>();
        values.forEach((k, v) -> rows.add(List.of(k, value(v) + (set.containsKey(k) ? " (set by the scenario)" : ""),
                String.valueOf(provenance.getOrDefault(k, "see docs/parameters.md")))));
        return rows;
    }

    /** "alliance-sim 0.1.0, java 17.0.9": a map as words, never as Java's {a=b} text. */
    @SuppressWarnings("unchecked")
    static String keyValues(Object map) {
        if (!(map instanceof Map<?, ?> m)) {
            return String.valueOf(map);
        }
        List<String> parts = new ArrayList<>();
        ((Map<String, Object>) m).forEach((k, v) -> parts.add(k + " " + v));
        return String.join(", ", parts);
    }

    /** A parameter value as it was set: 11000, not 11000.0. */
    static String value(Object v) {
        return v instanceof Number n ? alliancesim.stats.NumberText.setting(n.doubleValue()) : String.valueOf(v);
    }

    static List<Path> charts(Path dir) {
        Path charts = dir.resolve("charts");
        if (!Files.isDirectory(charts)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(charts)) {
            return files.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
