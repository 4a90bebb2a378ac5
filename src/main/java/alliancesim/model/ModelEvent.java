package alliancesim.model;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Something scheduled to happen at the start of a month: parameter changes that hold from then
 * on (a troop deployment, a new sanctions package) and leaders' summits that make ties jump.
 */
public record ModelEvent(int month, String label, Map<Param, Double> set, List<TiePair> summits) {
    public ModelEvent {
        if (month < 0) {
            throw new IllegalArgumentException("event month must be >= 0, got " + month);
        }
        Objects.requireNonNull(label, "label");
        // In Param order, as an EnumMap has them, but in a map whose iteration visits only the changes:
        // an EnumMap's visits every parameter, and applying the baseline's events that way took a tenth of a run.
        EnumMap<Param, Double> inOrder = new EnumMap<>(Param.class);
        inOrder.putAll(set);
        set = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inOrder));
        summits = List.copyOf(summits);
    }
}
