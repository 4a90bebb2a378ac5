package alliancesim.report;

import alliancesim.results.ResultManifest;
import alliancesim.results.ScenarioRecord;
import alliancesim.results.TimeseriesRow;
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
        ScenarioRecord scenario = folder.scenario();
        HtmlPage page = new HtmlPage(folder.title());
        page.heading(1, folder.title());
        page.paragraph(String.valueOf(scenario.description()));
        posteriorNote(scenario).ifPresent(page::paragraph);
        if (!folder.manifest().isSweep()) { // a sweep opens with its design and what its factors move, not a point
            page.heading(2, "Final values");
            page.table(List.of("output", "unit", "n", "mean", "5 %", "median", "95 %"), finalValues(folder));
        }
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
        String start = folder.scenario().start();
        return start == null ? java.util.Optional.empty()
                : java.util.Optional.of(YearMonth.parse(start).plusMonths(folder.scenario().months() - 1L));
    }

    /** "Parameters drawn from the posterior FILE: how", when the runs drew from a posterior. */
    static java.util.Optional<String> posteriorNote(ScenarioRecord scenario) {
        return java.util.Optional.ofNullable(scenario.posterior()).map(posterior -> "Parameters drawn from the posterior "
                + shown(posterior) + ": " + posterior.draws());
    }

    /**
     * The posterior as a report shows it: its path relative to the folder the command ran in when it lies
     * below it (seeds/calibration/current/posterior.csv), else its last two names, with the start of its
     * SHA-256, which identifies it wherever it is. A report names no absolute path of the user's machine.
     */
    static String shown(ScenarioRecord.PosteriorRef posterior) {
        java.nio.file.Path file = java.nio.file.Path.of(posterior.file()).toAbsolutePath().normalize();
        java.nio.file.Path here = java.nio.file.Path.of("").toAbsolutePath();
        String name = file.startsWith(here) ? here.relativize(file).toString()
                : (file.getParent() == null || file.getParent().getFileName() == null ? "" : "…/" + file.getParent().getFileName() + "/")
                        + file.getFileName();
        String sha = posterior.sha256();
        return name + (sha == null || sha.length() < 12 ? "" : " (SHA-256 " + sha.substring(0, 12) + "…)");
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

    static List<List<String>> facts(ResultFolder folder) {
        ResultManifest m = folder.manifest();
        ScenarioRecord scenario = folder.scenario();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("scenario", folder.name() + " (" + scenario.source() + ")"));
        rows.add(List.of("calendar", scenario.start() + ", " + scenario.months() + " months"));
        rows.add(List.of("command", orEmpty(m.command())));
        rows.add(List.of("scenario seed", m.seeds() == null ? "" : Long.toString(m.seeds().scenarioSeed())));
        rows.add(List.of("run seeds", m.seeds() == null ? "" : String.valueOf(m.seeds().derivation())));
        if (scenario.posterior() != null) { // how, the page's opening says
            rows.add(List.of("parameters", "drawn by weight from the posterior " + shown(scenario.posterior())));
        }
        rows.add(List.of("runs", m.counts() == null ? " ( ok,  failed)" : m.counts().runs() + " (" + m.counts().ok()
                + " ok, " + m.counts().failed() + " failed)"));
        if (m.replicationPlan() != null) {
            Map<String, Object> plan = m.replicationPlan();
            rows.add(List.of("replications planned", plan.get("replications_used") + ": " + plan.get("why") + " ("
                    + plan.get("rule") + "; reached: " + plan.get("targets") + ")"));
        }
        rows.add(List.of("started", m.timings() == null ? "" : String.valueOf(m.timings().started())));
        rows.add(List.of("duration", (m.timings() == null ? "" : Double.toString(m.timings().seconds())) + " s on "
                + orEmpty(m.threads()) + " threads"));
        rows.add(List.of("git commit", orEmpty(m.gitCommit())));
        rows.add(List.of("versions", keyValues(m.versions() == null ? Map.of() : m.versions())));
        return rows;
    }

    private static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }

    static List<List<String>> events(ScenarioRecord scenario) {
        List<List<String>> rows = new ArrayList<>();
        for (ScenarioRecord.EventRecord e : scenario.eventsOrNone()) {
            List<String> parts = new ArrayList<>();
            (e.set() == null ? Map.<String, Double>of() : e.set()).forEach((k, v) -> parts.add(k + " = " + value(v)));
            (e.summits() == null ? List.<String>of() : e.summits()).forEach(s -> parts.add(s + " summit"));
            String changes = parts.isEmpty() ? "—" : String.join("; ", parts);
            rows.add(List.of(Integer.toString(e.month()), String.valueOf(e.date()), String.valueOf(e.label()), changes));
        }
        if (rows.isEmpty()) {
            rows.add(List.of("—", "—", "no events", "—"));
        }
        return rows;
    }

    private static List<List<String>> parameters(ResultFolder folder) {
        Map<String, Double> values = folder.manifest().parametersOrNone();
        Map<String, String> provenance = folder.manifest().provenanceOrNone();
        Map<String, Double> set = orNone(folder.scenario().set());
        List<List<String>> rows = new ArrayList<>();
        values.forEach((k, v) -> rows.add(List.of(k, value(v) + (set.containsKey(k) ? " (set by the scenario)" : ""),
                String.valueOf(provenance.getOrDefault(k, "see docs/parameters.md")))));
        return rows;
    }

    private static <V> Map<String, V> orNone(Map<String, V> map) {
        return map == null ? Map.of() : map;
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
