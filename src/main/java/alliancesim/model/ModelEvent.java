package alliancesim.model;

import java.util.EnumMap;
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
        EnumMap<Param, Double> copy = new EnumMap<>(Param.class);
        copy.putAll(set);
        set = java.util.Collections.unmodifiableMap(copy);
        summits = List.copyOf(summits);
    }
}
