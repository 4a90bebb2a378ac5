package alliancesim.scenario;

import alliancesim.model.Output;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The `precision:` block: output: half-width pairs, as `--precision OUTPUT=HALFWIDTH` takes them.
 * `run` and `whatif` add replications in batches until each named output's 95 % interval (for a
 * what-if, of the paired difference) is that narrow.
 */
final class PrecisionParser {
    private static final List<String> OUTPUT_KEYS = Output.all().stream().map(Output::key).toList();

    private PrecisionParser() {
    }

    static Map<Output, Double> parse(YamlNode.Entry entry, Problems problems) {
        Map<Output, Double> targets = new LinkedHashMap<>();
        if (!(entry.value() instanceof YamlNode.Mapping map)) {
            problems.add(entry.line(), "precision takes a mapping of output: half-width, e.g. 'front_balance: 0.01',"
                    + " not " + entry.value().typeName());
            return targets;
        }
        for (YamlNode.Entry e : map.entries().values()) {
            Optional<Output> output = Output.byKey(e.key());
            if (output.isEmpty()) {
                problems.add(e.line(), "unknown output '" + e.key() + "'" + DidYouMean.hint(e.key(), OUTPUT_KEYS)
                        + " (outputs: " + String.join(", ", OUTPUT_KEYS) + ")");
                continue;
            }
            Object v = e.value() instanceof YamlNode.Scalar s ? s.value() : null;
            double h = v instanceof Number n ? n.doubleValue() : Double.NaN;
            if (!(h > 0) || Double.isInfinite(h)) {
                problems.add(e.line(), "precision of " + e.key() + ": the half-width must be a positive number in the"
                        + " output's unit (" + output.get().unit() + "), e.g. " + e.key() + ": 0.01; got "
                        + e.value().typeName());
                continue;
            }
            targets.put(output.get(), h);
        }
        return targets;
    }
}
