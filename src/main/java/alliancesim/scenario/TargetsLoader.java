package alliancesim.scenario;

import alliancesim.model.Output;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a targets file (`seeds/targets.yaml`): a top-level `targets:` list of
 * `{name, output, at | from + to, statistic, value, sd | interval, source}`, checked against
 * the scenario it is used with (its start month and horizon). Every problem is reported with
 * file:line, all at once, as a scenario's are. Which targets are fitted is not in the file: the
 * cutoff of `calibrate --until` decides ({@link Cutoff}); a `use:` left from the older format is refused.
 */
public final class TargetsLoader {
    static final List<String> KEYS = List.of("name", "output", "at", "from", "to", "statistic", "value", "sd",
            "interval", "source", "seen");
    /** The key of the older format, where each target said whether it was fitted. */
    static final String OLD_USE = "use";
    private static final List<String> OUTPUT_KEYS = Output.all().stream().map(Output::key).toList();
    private static final List<String> STATISTICS =
            Arrays.stream(Target.Statistic.values()).map(Target.Statistic::key).toList();

    /** Loads the targets for a scenario starting at {@code start} and running {@code months} months. */
    public List<Target> load(Path file, YearMonth start, int months) {
        Problems problems = new Problems(file);
        YamlNode root = new YamlReader().readFile(file, "targets file (give one with --targets)",
                "; check indentation (spaces, not tabs)");
        YamlNode.Entry list = root instanceof YamlNode.Mapping m ? m.entries().get("targets") : null;
        if (list == null || !(list.value() instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
            throw new ScenarioException(List.of(new Problem(file, root.line(),
                    "a targets file is a mapping with a non-empty 'targets:' list of {name, output, at | from + to,"
                            + " statistic, value, sd | interval, source}")));
        }
        List<Target> targets = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (YamlNode item : seq.items()) {
            target(item, start, months, problems).ifPresent(t -> {
                if (names.add(t.name())) {
                    targets.add(t);
                } else {
                    problems.add(t.line(), "target name '" + t.name() + "' appears twice; give each target its own name");
                }
            });
        }
        problems.throwIfAny();
        return List.copyOf(targets);
    }

    private static Optional<Target> target(YamlNode item, YearMonth start, int months, Problems problems) {
        if (!(item instanceof YamlNode.Mapping map)) {
            problems.add(item.line(), "a target is a mapping {name, output, at | from + to, statistic, value, sd | interval,"
                    + " source}, not " + item.typeName());
            return Optional.empty();
        }
        int before = problemCount(problems);
        for (YamlNode.Entry e : map.entries().values()) {
            if (e.key().equals(OLD_USE)) {
                problems.add(e.line(), "'use:' is no longer part of a target: remove use:; the cutoff of calibrate --until"
                        + " decides which targets are fitted (every target whose period ends by that month) and which"
                        + " are held out");
            } else if (!KEYS.contains(e.key())) {
                problems.add(e.line(), "unknown target key '" + e.key() + "'" + DidYouMean.hint(e.key(), KEYS)
                        + " (a target takes " + String.join(", ", KEYS) + ")");
            }
        }
        Fields f = new Fields(map, problems);
        String name = required(f, map, "name", "a short unique name, e.g. 'name: prk-shells-2024-02'", problems);
        String source = required(f, map, "source", "the original public source with its date", problems);
        Output output = choice(f, map, "output", OUTPUT_KEYS, problems).flatMap(Output::byKey).orElse(null);
        Target.Statistic statistic = choice(f, map, "statistic", STATISTICS, problems)
                .map(s -> Target.Statistic.valueOf(s.toUpperCase(Locale.ROOT))).orElse(null);
        Double value = number(map, "value", problems);
        if (!map.entries().containsKey("value")) {
            problems.add(map.line(), "target without 'value:'; add the observed figure");
        }
        double[] uncertainty = uncertainty(map, problems);
        int[] months0 = statistic == null ? null : months(map, statistic, start, months, problems);
        if (problemCount(problems) > before || name == null || source == null || output == null || statistic == null
                || value == null || uncertainty == null || months0 == null) {
            return Optional.empty();
        }
        return Optional.of(new Target(name, output, statistic, start.plusMonths(months0[0]), start.plusMonths(months0[1]),
                months0[0], months0[1], value, uncertainty[0], uncertainty[1], uncertainty[2], source,
                map.entries().containsKey("seen") ? f.text("seen").map(Fields.Text::value).orElse("") : "",
                problems.file(), map.line()));
    }

    /** {sd, lo, hi}: lo and hi are NaN for an sd. */
    private static double[] uncertainty(YamlNode.Mapping map, Problems problems) {
        YamlNode.Entry sd = map.entries().get("sd");
        YamlNode.Entry interval = map.entries().get("interval");
        if ((sd == null) == (interval == null)) {
            problems.add(map.line(), sd == null ? "target without its uncertainty; add 'sd: ..' or 'interval: [lo, hi]'"
                    : "target with both sd: and interval:; keep one");
            return null;
        }
        if (sd != null) {
            Double v = number(map, "sd", problems);
            if (v != null && !(v > 0)) {
                problems.add(sd.line(), "sd must be positive, got " + ParameterValues.format(v));
                return null;
            }
            return v == null ? null : new double[] {v, Double.NaN, Double.NaN};
        }
        if (interval.value() instanceof YamlNode.Sequence s && s.items().size() == 2
                && s.items().get(0) instanceof YamlNode.Scalar a && a.value() instanceof Number lo
                && s.items().get(1) instanceof YamlNode.Scalar b && b.value() instanceof Number hi) {
            if (!(lo.doubleValue() < hi.doubleValue())) {
                problems.add(interval.line(), "interval [lo, hi] needs lo < hi");
                return null;
            }
            double width = hi.doubleValue() - lo.doubleValue();
            return new double[] {width / (2 * Target.Z90), lo.doubleValue(), hi.doubleValue()};
        }
        problems.add(interval.line(), "interval takes two numbers [lo, hi] (a 90 % interval), not " + interval.value().typeName());
        return null;
    }

    /** {from, to} as month indices, checked against the horizon. */
    private static int[] months(YamlNode.Mapping map, Target.Statistic statistic, YearMonth start, int months,
                                Problems problems) {
        boolean at = map.entries().containsKey("at");
        boolean range = map.entries().containsKey("from") || map.entries().containsKey("to");
        if (statistic == Target.Statistic.VALUE) {
            if (!at || range) {
                problems.add(map.line(), "statistic value takes one month 'at: YYYY-MM' (no from:/to:)");
                return null;
            }
            Integer m = month(map.entries().get("at"), start, months, problems);
            return m == null ? null : new int[] {m, m};
        }
        if (at || !map.entries().containsKey("from") || !map.entries().containsKey("to")) {
            problems.add(map.line(), "statistic " + statistic.key() + " takes a period 'from: YYYY-MM' and 'to: YYYY-MM'"
                    + " (no at:)");
            return null;
        }
        YamlNode.Entry fromEntry = map.entries().get("from");
        Integer from = month(fromEntry, start, months, problems);
        Integer to = month(map.entries().get("to"), start, months, problems);
        if (from == null || to == null) {
            return null;
        }
        if (from > to) {
            problems.add(fromEntry.line(), "from " + start.plusMonths(from) + " is after to " + start.plusMonths(to));
            return null;
        }
        if (statistic == Target.Statistic.GROWTH && from == 0) {
            problems.add(fromEntry.line(), "growth from " + start.plusMonths(from) + " is measured from the month before ("
                    + start.minusMonths(1) + "), which is before the scenario starts (" + start + "); start the period"
                    + " at " + start.plusMonths(1) + " or later");
            return null;
        }
        return new int[] {from, to};
    }

    private static Integer month(YamlNode.Entry e, YearMonth start, int months, Problems problems) {
        Object v = e.value() instanceof YamlNode.Scalar s ? s.value() : null;
        YearMonth ym;
        try {
            ym = YearMonth.parse(String.valueOf(v));
        } catch (DateTimeParseException ex) {
            problems.add(e.line(), e.key() + " '" + v + "' is not a calendar month; write it as YYYY-MM, e.g. 2024-02");
            return null;
        }
        long m = ChronoUnit.MONTHS.between(start, ym);
        if (m < 0 || m >= months) {
            problems.add(e.line(), e.key() + " " + ym + " is outside the scenario's horizon " + start + ".."
                    + start.plusMonths(months - 1L) + "; the model cannot compute it (drop the target or change the scenario)");
            return null;
        }
        return (int) m;
    }

    private static String required(Fields f, YamlNode.Mapping map, String key, String what, Problems problems) {
        if (!map.entries().containsKey(key)) {
            problems.add(map.line(), "target without '" + key + ":'; add " + what);
            return null;
        }
        return f.text(key).map(Fields.Text::value).orElse(null);
    }

    private static Optional<String> choice(Fields f, YamlNode.Mapping map, String key, List<String> allowed,
                                           Problems problems) {
        if (!map.entries().containsKey(key)) {
            problems.add(map.line(), "target without '" + key + ":'; use one of " + String.join(", ", allowed));
            return Optional.empty();
        }
        Optional<Fields.Text> t = f.text(key);
        if (t.isPresent() && !allowed.contains(t.get().value())) {
            problems.add(t.get().line(), "unknown " + key + " '" + t.get().value() + "'"
                    + DidYouMean.hint(t.get().value(), allowed) + "; use one of " + String.join(", ", allowed));
            return Optional.empty();
        }
        return t.map(Fields.Text::value);
    }

    private static Double number(YamlNode.Mapping map, String key, Problems problems) {
        YamlNode.Entry e = map.entries().get(key);
        if (e == null) {
            return null;
        }
        if (e.value() instanceof YamlNode.Scalar s && s.value() instanceof Number n && Double.isFinite(n.doubleValue())) {
            return n.doubleValue();
        }
        problems.add(e.line(), "'" + key + "' takes a number, not " + e.value().typeName());
        return null;
    }

    private static int problemCount(Problems problems) {
        return problems.count();
    }
}
