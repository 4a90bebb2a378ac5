package alliancesim.scenario;

import alliancesim.model.Param;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Parses and validates a `sweep:` block; the batch runner runs it. */
final class SweepParser {
    private static final List<String> KEYS = List.of("design", "samples", "levels", "factors", "timeseries");
    /**
     * Saltelli's S1 and ST are means over the N base rows, and their intervals a bootstrap over those
     * rows: the sampling error is of the order of 1/sqrt(N) in units of the output's variance, so
     * below 32 rows (1/sqrt(32) = 0.18) the indices are mostly noise and can fall far outside [0, 1].
     */
    static final int MIN_SOBOL_SAMPLES = 32;
    /** Morris' sigma is a standard deviation over trajectories: it needs at least two. */
    static final int MIN_MORRIS_TRAJECTORIES = 2;
    private static final List<String> DESIGNS =
            Arrays.stream(SweepSpec.Design.values()).map(SweepSpec.Design::key).toList();

    private SweepParser() {
    }

    static Optional<SweepSpec> parse(YamlNode node, Problems problems) {
        if (!(node instanceof YamlNode.Mapping map)) {
            problems.add(node.line(), "sweep takes a mapping with design:, samples: and factors:");
            return Optional.empty();
        }
        for (YamlNode.Entry e : map.entries().values()) {
            if (!KEYS.contains(e.key())) {
                problems.add(e.line(), "unknown sweep key '" + e.key() + "'" + DidYouMean.hint(e.key(), KEYS)
                        + " (sweep takes design, samples, levels, factors, timeseries)");
            }
        }
        Fields f = new Fields(map, problems);
        SweepSpec.Design design = f.text("design").map(t -> design(t, problems)).orElse(null);
        if (!map.entries().containsKey("design")) {
            problems.add(map.line(), "sweep without 'design:'; choose one of " + String.join(", ", DESIGNS));
        }
        int samples = f.integer("samples", 1, 100_000_000).map(Long::intValue).orElse(0);
        int levels = f.integer("levels", 2, 1000).map(Long::intValue).orElse(4);
        if (design != null && design != SweepSpec.Design.GRID && samples == 0 && !map.entries().containsKey("samples")) {
            problems.add(map.line(), "a " + design.key() + " sweep needs 'samples:' (how many design points"
                    + (design == SweepSpec.Design.MORRIS ? " or trajectories" : "") + ")");
        }
        YamlNode.Entry samplesEntry = map.entries().get("samples");
        if (design == SweepSpec.Design.SOBOL && samplesEntry != null && samples > 0 && samples < MIN_SOBOL_SAMPLES) {
            problems.add(samplesEntry.line(), "a sobol sweep needs samples: " + MIN_SOBOL_SAMPLES + " or more (got "
                    + samples + "): the indices are means over the base rows, with an error of about 1/sqrt(samples),"
                    + " so fewer rows give indices that are mostly noise and can fall far outside [0, 1]");
        }
        if (design == SweepSpec.Design.MORRIS && samplesEntry != null && samples > 0
                && samples < MIN_MORRIS_TRAJECTORIES) {
            problems.add(samplesEntry.line(), "a morris sweep needs samples: " + MIN_MORRIS_TRAJECTORIES
                    + " or more trajectories (got " + samples + "): sigma is a standard deviation over trajectories");
        }
        List<SweepSpec.Factor> factors = f.entry("factors").map(e -> factors(e, design, problems)).orElse(List.of());
        if (!map.entries().containsKey("factors")) {
            problems.add(map.line(), "sweep without 'factors:'; add e.g. 'factors: { sanctions.pressure.rus: { min: 0, max: 1 } }'");
        }
        if (design == null) {
            return Optional.empty();
        }
        boolean onlyOutputs = f.text("timeseries").map(t -> {
            if (!List.of("all", "outputs").contains(t.value())) {
                problems.add(t.line(), "timeseries: '" + t.value() + "' is neither 'all' (every output, the default) nor"
                        + " 'outputs' (only the scenario's outputs:)");
            }
            return t.value().equals("outputs");
        }).orElse(false);
        return Optional.of(new SweepSpec(design, samples, levels, factors, onlyOutputs));
    }

    private static SweepSpec.Design design(Fields.Text t, Problems problems) {
        String key = t.value().toLowerCase(Locale.ROOT);
        if (DESIGNS.contains(key)) {
            return SweepSpec.Design.valueOf(key.toUpperCase(Locale.ROOT));
        }
        problems.add(t.line(), "unknown design '" + t.value() + "'" + DidYouMean.hint(t.value(), DESIGNS)
                + "; use one of " + String.join(", ", DESIGNS));
        return null;
    }

    private static List<SweepSpec.Factor> factors(YamlNode.Entry entry, SweepSpec.Design design, Problems problems) {
        List<SweepSpec.Factor> factors = new ArrayList<>();
        if (!(entry.value() instanceof YamlNode.Mapping map) || map.entries().isEmpty()) {
            problems.add(entry.line(), "factors takes a mapping of parameter: { min, max } or parameter: [values]");
            return factors;
        }
        for (YamlNode.Entry e : map.entries().values()) {
            Optional<Param> p = ScenarioLoader.param(e.key(), e.line(), problems);
            if (p.isPresent()) {
                factor(p.get(), e, design, problems).ifPresent(factors::add);
            }
        }
        return factors;
    }

    private static Optional<SweepSpec.Factor> factor(Param p, YamlNode.Entry e, SweepSpec.Design design,
                                                     Problems problems) {
        if (e.value() instanceof YamlNode.Sequence list) {
            if (design != null && design != SweepSpec.Design.GRID) {
                problems.add(e.line(), "a list of values only fits a grid; give " + p.key() + " a range { min, max }"
                        + " for a " + design.key() + " sweep");
                return Optional.empty();
            }
            List<Double> values = new ArrayList<>();
            for (YamlNode item : list.items()) {
                Double v = ParameterValues.check(p, item, problems);
                if (v != null) {
                    values.add(v);
                }
            }
            if (values.isEmpty()) {
                problems.add(e.line(), "factor " + p.key() + " has no values");
                return Optional.empty();
            }
            return Optional.of(new SweepSpec.Factor(p, values, values.get(0), values.get(values.size() - 1), values.size()));
        }
        if (!(e.value() instanceof YamlNode.Mapping range)) {
            problems.add(e.line(), "factor " + p.key() + " takes { min: .., max: .. } or a list of values, not "
                    + e.value().typeName());
            return Optional.empty();
        }
        for (YamlNode.Entry k : range.entries().values()) {
            if (!List.of("min", "max", "levels").contains(k.key())) {
                problems.add(k.line(), "unknown factor key '" + k.key() + "' (a factor takes min, max, levels)");
            }
        }
        YamlNode.Entry minEntry = range.entries().get("min");
        YamlNode.Entry maxEntry = range.entries().get("max");
        if (minEntry == null || maxEntry == null) {
            problems.add(e.line(), "factor " + p.key() + " needs both min: and max:");
            return Optional.empty();
        }
        Double min = ParameterValues.check(p, minEntry.value(), problems);
        Double max = ParameterValues.check(p, maxEntry.value(), problems);
        int levels = new Fields(range, problems).integer("levels", 2, 10_000).map(Long::intValue).orElse(0);
        if (min == null || max == null) {
            return Optional.empty();
        }
        if (min >= max) {
            problems.add(minEntry.line(), "factor " + p.key() + " has min " + ParameterValues.format(min)
                    + " >= max " + ParameterValues.format(max) + "; min must be below max");
            return Optional.empty();
        }
        if (design == SweepSpec.Design.GRID && levels == 0) {
            problems.add(e.line(), "a grid factor with a range needs 'levels:' (how many values from min to max)");
            return Optional.empty();
        }
        SweepSpec.Factor factor = new SweepSpec.Factor(p, List.of(), min, max, levels);
        if (design == SweepSpec.Design.GRID && p.kind() != Param.Kind.NUMBER
                && factor.gridValues().stream().anyMatch(v -> v != Math.rint(v))) {
            problems.add(e.line(), p.kind() == Param.Kind.BOOLEAN
                    ? "factor " + p.key() + " is a flag: use levels: 2 (false and true) or the list [false, true]"
                    : "factor " + p.key() + " counts whole " + p.unit() + ", but " + levels + " levels from "
                    + ParameterValues.format(min) + " to " + ParameterValues.format(max) + " fall between whole numbers;"
                    + " choose levels so that (max - min) / (levels - 1) is whole, or list the values");
            return Optional.empty();
        }
        return Optional.of(factor);
    }
}
