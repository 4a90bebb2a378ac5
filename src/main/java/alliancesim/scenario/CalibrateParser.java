package alliancesim.scenario;

import alliancesim.model.Param;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses a `calibrate:` block: the parameters `alliance-sim calibrate` fits and their uniform
 * priors, `parameter: { min: .., max: .. }`, each bound checked against the registry as sweep
 * factors are.
 */
final class CalibrateParser {
    private CalibrateParser() {
    }

    static Map<Param, ParameterRange> parse(YamlNode.Entry entry, Problems problems) {
        Map<Param, ParameterRange> priors = new EnumMap<>(Param.class);
        if (!(entry.value() instanceof YamlNode.Mapping map) || map.entries().isEmpty()) {
            problems.add(entry.line(), "calibrate takes a mapping of parameter: { min: .., max: .. } (uniform priors),"
                    + " e.g. 'calibrate: { ties.decay: { min: 0.01, max: 0.2 } }'");
            return priors;
        }
        for (YamlNode.Entry e : map.entries().values()) {
            Optional<Param> p = ScenarioLoader.param(e.key(), e.line(), problems);
            if (p.isEmpty()) {
                continue;
            }
            if (p.get().kind() == Param.Kind.BOOLEAN) {
                problems.add(e.line(), p.get().key() + " is a flag (true/false); only numbers can be calibrated");
                continue;
            }
            if (!(e.value() instanceof YamlNode.Mapping range)) {
                problems.add(e.line(), "calibrate " + p.get().key() + " takes { min: .., max: .. }, not "
                        + e.value().typeName());
                continue;
            }
            for (YamlNode.Entry k : range.entries().values()) {
                if (!List.of("min", "max").contains(k.key())) {
                    problems.add(k.line(), "unknown prior key '" + k.key() + "' (a uniform prior takes min and max)");
                }
            }
            YamlNode.Entry minEntry = range.entries().get("min");
            YamlNode.Entry maxEntry = range.entries().get("max");
            if (minEntry == null || maxEntry == null) {
                problems.add(e.line(), "calibrate " + p.get().key() + " needs both min: and max:");
                continue;
            }
            Double min = ParameterValues.check(p.get(), minEntry.value(), problems);
            Double max = ParameterValues.check(p.get(), maxEntry.value(), problems);
            if (min == null || max == null) {
                continue;
            }
            if (min >= max) {
                problems.add(minEntry.line(), "calibrate " + p.get().key() + " has min " + ParameterValues.format(min)
                        + " >= max " + ParameterValues.format(max) + "; min must be below max");
                continue;
            }
            priors.put(p.get(), new ParameterRange(p.get(), min, max));
        }
        return priors;
    }
}
