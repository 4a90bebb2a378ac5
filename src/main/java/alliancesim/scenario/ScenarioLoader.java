package alliancesim.scenario;

import alliancesim.model.ModelEvent;
import alliancesim.model.Output;
import alliancesim.model.Param;
import alliancesim.model.TiePair;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a scenario file, follows its `extends` chain and validates everything before anything
 * runs. Every problem is reported with its file and line and what to do; all problems of a file
 * are collected, not just the first.
 */
public final class ScenarioLoader {
    static final List<String> KEYS = List.of("name", "extends", "title", "description", "start", "months",
            "replications", "seed", "set", "events", "sweep", "outputs", "calibrate", "posterior", "precision",
            "record_ends", "hindcast");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /** A name becomes a folder name: short enough for every file system with a timestamp beside it. */
    static final int MAX_NAME_LENGTH = 100;
    /**
     * A title heads every chart and an event's label is drawn on them: a chart's title wrapping takes time that grows
     * with the square of its length (a 10,000-character title made a 2-run `run` take two minutes).
     */
    static final int MAX_TITLE_LENGTH = 200;
    static final int MAX_LABEL_LENGTH = 150;
    /** Scenarios a chain of extends may hold: each is read recursively, and a real chain is a few long. */
    static final int MAX_EXTENDS = 32;
    /** Scenario files are a page or two; a cap keeps a stray huge file from stalling the parser. */
    static final long MAX_FILE_BYTES = YamlReader.MAX_FILE_BYTES;
    /** Calendar years a start month may take: wide for history and futures, narrow enough for dates to print. */
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2200;
    private static final List<String> PARAM_KEYS = Param.all().stream().map(Param::key).toList();
    private static final List<String> OUTPUT_KEYS = Output.all().stream().map(Output::key).toList();

    private final YamlReader yaml = new YamlReader();

    /** Loads and validates; throws {@link ScenarioException} listing every problem. */
    public Scenario load(Path file) {
        if (!Files.exists(file)) {
            throw new ScenarioException(List.of(new Problem(file, 0, "no such file; check the path"
                    + ShippedScenarios.suggestion(file))));
        }
        Draft draft = loadDraft(file.normalize(), new ArrayList<>());
        return draft.build();
    }

    private Draft loadDraft(Path file, List<Path> chain) {
        Problems problems = new Problems(file);
        String text = YamlReader.text(file, MAX_FILE_BYTES, "scenario file");
        YamlNode root;
        try {
            root = yaml.read(text);
        } catch (YamlReader.SyntaxError e) {
            throw new ScenarioException(List.of(new Problem(file, e.line(), e.getMessage() + (e.complete() ? ""
                    : "; check indentation (spaces, not tabs) and that every 'key: value' has its colon"))));
        }
        if (!(root instanceof YamlNode.Mapping map)) {
            throw new ScenarioException(List.of(new Problem(file, root.line(),
                    "a scenario is a mapping of keys (name:, title:, months:, set:, ...), not " + root.typeName())));
        }
        for (YamlNode.Entry e : map.entries().values()) {
            if (!KEYS.contains(e.key())) {
                problems.add(e.line(), "unknown key '" + e.key() + "'" + DidYouMean.hint(e.key(), KEYS)
                        + " (known keys: " + String.join(", ", KEYS) + ")");
            }
        }
        Draft draft = parent(file, map, chain, problems);
        draft.level = chain.size();
        draft.file = file;
        Fields f = new Fields(map, problems);
        f.text("name").ifPresent(n -> {
            if (n.value().length() > MAX_NAME_LENGTH) {
                problems.add(n.line(), "name is " + n.value().length() + " characters long; keep it to "
                        + MAX_NAME_LENGTH + " (it names the result folder)");
            } else if (NAME.matcher(n.value()).matches()) {
                draft.name = n.value();
            } else {
                problems.add(n.line(), "name '" + n.value() + "' must be lower-case letters, digits and dashes,"
                        + " e.g. 'sanctions-tightened'");
            }
        });
        f.text("title").ifPresent(t -> {
            if (t.value().length() > MAX_TITLE_LENGTH) {
                problems.add(t.line(), "title is " + t.value().length() + " characters long; keep it to "
                        + MAX_TITLE_LENGTH + " (it heads every chart) and put the rest in description:");
            } else {
                draft.title = t.value();
            }
        });
        f.text("description").ifPresent(t -> draft.description = t.value().strip());
        f.text("start").ifPresent(t -> {
            try {
                YearMonth start = YearMonth.parse(t.value());
                if (start.getYear() < MIN_YEAR || start.getYear() > MAX_YEAR) {
                    problems.add(t.line(), "start '" + t.value() + "' is outside the years " + MIN_YEAR + " to " + MAX_YEAR
                            + "; write a calendar month as YYYY-MM, e.g. 2023-09");
                } else {
                    draft.start = start;
                }
            } catch (DateTimeParseException ex) {
                problems.add(t.line(), "start '" + t.value() + "' is not a calendar month; write it as YYYY-MM, e.g. 2023-09");
            }
        });
        f.integer("months", 1, Scenario.MAX_MONTHS).ifPresent(v -> draft.months = (int) v.longValue());
        f.integer("replications", 1, Scenario.MAX_REPLICATIONS).ifPresent(v -> draft.replications = (int) v.longValue());
        f.integer("seed", Long.MIN_VALUE, Long.MAX_VALUE).ifPresent(v -> draft.seed = v);
        f.entry("set").ifPresent(e -> {
            draft.set.putAll(parameterMap(e, problems));
            draft.setLines.putAll(paramLines(e.value(), file, draft.level));
        });
        f.entry("events").ifPresent(e -> draft.events.addAll(events(e.value(), problems)));
        f.entry("sweep").ifPresent(e -> {
            draft.sweep = SweepParser.parse(e.value(), problems);
            draft.factorLines.clear(); // a child's sweep replaces its parent's
            if (e.value() instanceof YamlNode.Mapping sweep && sweep.entries().containsKey("factors")) {
                draft.factorLines.putAll(paramLines(sweep.entries().get("factors").value(), file, draft.level));
            }
        });
        f.entry("outputs").ifPresent(e -> draft.outputs = outputs(e.value(), problems));
        f.entry("calibrate").ifPresent(e -> draft.calibrate.putAll(CalibrateParser.parse(e, problems)));
        f.entry("precision").ifPresent(e -> draft.precision = PrecisionParser.parse(e, problems));
        f.text("posterior").ifPresent(t -> posteriorFile("posterior", t, file, problems).ifPresent(p -> draft.posterior = Optional.of(p)));
        f.text("hindcast").ifPresent(t -> posteriorFile("hindcast", t, file, problems).ifPresent(p -> draft.hindcast = Optional.of(p)));
        f.text("record_ends").ifPresent(t -> {
            try {
                draft.recordEnds = Optional.of(YearMonth.parse(t.value()));
                draft.recordEndsAt = new Draft.Where(file, t.line(), draft.level);
            } catch (DateTimeParseException ex) {
                problems.add(t.line(), "record_ends '" + t.value() + "' is not a calendar month; write the last month of"
                        + " the public record as YYYY-MM, e.g. 2026-02");
            }
        });
        if (draft.name == null && !map.entries().containsKey("name")) {
            problems.add(1, "missing 'name:'; add e.g. 'name: " + suggestedName(file) + "'");
        }
        problems.throwIfAny();
        return draft;
    }

    /** A posterior.csv named by `posterior:` or `hindcast:`, relative to the scenario's folder; a problem if it is not a file. */
    private static Optional<Path> posteriorFile(String key, Fields.Text t, Path file, Problems problems) {
        Path posterior;
        try {
            posterior = file.resolveSibling(t.value()).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            // the path's own IllegalArgumentException would read as an internal error: it is the file's problem
            problems.add(t.line(), key + " '" + t.value() + "' is not a path (" + e.getReason() + "); give the path"
                    + " of a posterior.csv made by `alliance-sim calibrate`, relative to this scenario's folder");
            return Optional.empty();
        }
        if (Files.isRegularFile(posterior)) {
            return Optional.of(posterior);
        }
        problems.add(t.line(), key + " '" + t.value() + "' is not a file (" + posterior + "); give the path"
                + " of a posterior.csv made by `alliance-sim calibrate`, relative to this scenario's folder");
        return Optional.empty();
    }

    private static ScenarioException problem(Path file, int line, String message) {
        return new ScenarioException(List.of(new Problem(file, line, message)));
    }

    private Draft parent(Path file, YamlNode.Mapping map, List<Path> chain, Problems problems) {
        YamlNode.Entry ext = map.entries().get("extends");
        if (ext == null) {
            return new Draft();
        }
        if (!(ext.value() instanceof YamlNode.Scalar s) || !(s.value() instanceof String parentName)) {
            problems.add(ext.line(), "extends takes the name of another scenario, e.g. 'extends: baseline'");
            return new Draft();
        }
        // the name's form first: a name that is no path (a NUL in it) must not reach resolveSibling
        Path parentFile = NAME.matcher(parentName).matches() ? file.resolveSibling(parentName + ".yaml").normalize() : null;
        if (parentFile == null || !Objects.equals(parentFile.getParent(), file.getParent())) {
            problems.add(ext.line(), "extends '" + parentName + "' reaches outside this file's folder; name a scenario"
                    + " in the same folder, without a path or .yaml, e.g. 'extends: baseline'");
            problems.throwIfAny();
        }
        List<Path> here = new ArrayList<>(chain);
        here.add(file);
        if (here.size() >= MAX_EXTENDS) {
            problems.add(ext.line(), "extends makes a chain of more than " + MAX_EXTENDS + " scenarios; keep it to "
                    + MAX_EXTENDS + " (copy the settings of some of them into one file)");
            problems.throwIfAny();
        }
        if (here.contains(parentFile)) {
            here.add(parentFile);
            problems.add(ext.line(), "extends makes a cycle: " + String.join(" -> ",
                    here.stream().map(p -> p.getFileName().toString()).toList()) + "; remove one of the 'extends'");
            problems.throwIfAny();
        }
        if (!Files.exists(parentFile)) {
            Optional<Path> shipped = ShippedScenarios.find(parentName);
            if (shipped.isEmpty()) {
                problems.add(ext.line(), "extends '" + parentName + "' but " + parentFile
                        + " does not exist, nor does a shipped scenario of that name; name a scenario in the same folder"
                        + " or one of the project's scenarios/ (without .yaml)");
                problems.throwIfAny();
            }
            parentFile = shipped.get();
        }
        Draft parent = loadDraft(parentFile, here);
        parent.name = null; // a child names itself
        return parent;
    }

    static Map<Param, Double> parameterMap(YamlNode.Entry entry, Problems problems) {
        Map<Param, Double> values = new EnumMap<>(Param.class);
        if (!(entry.value() instanceof YamlNode.Mapping map)) {
            problems.add(entry.line(), "'" + entry.key() + "' takes a mapping of parameter: value, e.g."
                    + " 'sanctions.pressure.prk: 0.8', not " + entry.value().typeName());
            return values;
        }
        for (YamlNode.Entry e : map.entries().values()) {
            Optional<Param> p = param(e.key(), e.line(), problems);
            if (p.isPresent()) {
                Double v = ParameterValues.check(p.get(), e.value(), problems);
                if (v != null) {
                    values.put(p.get(), v);
                }
            }
        }
        return values;
    }

    /** Where each known parameter of a mapping stands, for problems found once the extends chain is merged. */
    private static Map<Param, Draft.Where> paramLines(YamlNode node, Path file, int level) {
        Map<Param, Draft.Where> lines = new EnumMap<>(Param.class);
        if (node instanceof YamlNode.Mapping map) {
            for (YamlNode.Entry e : map.entries().values()) {
                Param.byKey(e.key()).ifPresent(p -> lines.put(p, new Draft.Where(file, e.line(), level)));
            }
        }
        return lines;
    }

    static Optional<Param> param(String key, int line, Problems problems) {
        Optional<Param> p = Param.byKey(key);
        if (p.isEmpty()) {
            problems.add(line, "unknown parameter '" + key + "'" + DidYouMean.hint(key, PARAM_KEYS)
                    + " (`alliance-sim params` lists them all)");
        }
        return p;
    }

    private static List<Draft.LocatedEvent> events(YamlNode node, Problems problems) {
        List<Draft.LocatedEvent> events = new ArrayList<>();
        if (!(node instanceof YamlNode.Sequence seq)) {
            problems.add(node.line(), "events takes a list, each item like '- { month: 13, label: ..., set: {...} }'");
            return events;
        }
        for (YamlNode item : seq.items()) {
            if (!(item instanceof YamlNode.Mapping map)) {
                problems.add(item.line(), "an event is a mapping with month:, label: and set: or summit:, not "
                        + item.typeName());
                continue;
            }
            List<String> known = List.of("month", "label", "set", "summit");
            for (YamlNode.Entry e : map.entries().values()) {
                if (!known.contains(e.key())) {
                    problems.add(e.line(), "unknown event key '" + e.key() + "'" + DidYouMean.hint(e.key(), known)
                            + " (events take month, label, set, summit)");
                }
            }
            Fields f = new Fields(map, problems);
            Optional<Long> month = f.integer("month", 0, Scenario.MAX_MONTHS - 1);
            Optional<Fields.Text> label = f.text("label");
            if (!map.entries().containsKey("month")) {
                problems.add(map.line(), "event without 'month:'; add the month it happens (0 = the start month)");
            }
            if (!map.entries().containsKey("label")) {
                problems.add(map.line(), "event without 'label:'; add a short label, e.g. 'label: PRK troop deployment'");
            }
            Map<Param, Double> set = f.entry("set").map(e -> parameterMap(e, problems)).orElse(Map.of());
            List<TiePair> summits = f.entry("summit").map(e -> summits(e.value(), problems)).orElse(List.of());
            if (label.isPresent() && label.get().value().length() > MAX_LABEL_LENGTH) {
                problems.add(label.get().line(), "the event's label is " + label.get().value().length()
                        + " characters long; keep it to " + MAX_LABEL_LENGTH + " (charts draw it at its month)");
                label = Optional.empty();
            }
            if (month.isPresent() && label.isPresent()) {
                events.add(new Draft.LocatedEvent(new ModelEvent((int) month.get().longValue(), label.get().value(),
                        set, summits), problems.file(), map.line()));
            }
        }
        return events;
    }

    private static List<TiePair> summits(YamlNode node, Problems problems) {
        List<YamlNode> items = node instanceof YamlNode.Sequence s ? s.items() : List.of(node);
        List<TiePair> pairs = new ArrayList<>();
        List<String> labels = Arrays.stream(TiePair.values()).map(TiePair::label).toList();
        for (YamlNode item : items) {
            String text = item instanceof YamlNode.Scalar s && s.value() instanceof String t ? t : null;
            Optional<TiePair> pair = text == null ? Optional.empty() : TiePair.byLabel(text);
            if (pair.isPresent()) {
                pairs.add(pair.get());
            } else {
                problems.add(item.line(), "summit takes a tie such as RUS-PRK, not " + item.typeName()
                        + " (ties: " + String.join(", ", labels) + ")");
            }
        }
        return pairs;
    }

    private static List<Output> outputs(YamlNode node, Problems problems) {
        List<Output> outputs = new ArrayList<>();
        if (!(node instanceof YamlNode.Sequence seq)) {
            problems.add(node.line(), "outputs takes a list, e.g. [front_balance, regional_tension]");
            return outputs;
        }
        Set<Output> seen = new LinkedHashSet<>();
        for (YamlNode item : seq.items()) {
            String key = item instanceof YamlNode.Scalar s && s.value() instanceof String t ? t : String.valueOf(
                    item instanceof YamlNode.Scalar s2 ? s2.value() : item.typeName());
            Optional<Output> o = Output.byKey(key);
            if (o.isEmpty()) {
                problems.add(item.line(), "unknown output '" + key + "'" + DidYouMean.hint(key, OUTPUT_KEYS)
                        + " (outputs: " + String.join(", ", OUTPUT_KEYS) + ")");
            } else if (seen.add(o.get())) {
                outputs.add(o.get());
            }
        }
        return outputs;
    }

    private static String suggestedName(Path file) {
        String n = file.getFileName().toString();
        return n.endsWith(".yaml") ? n.substring(0, n.length() - 5) : n;
    }
}
