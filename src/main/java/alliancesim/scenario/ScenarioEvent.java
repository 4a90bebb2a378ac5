package alliancesim.scenario;

import alliancesim.model.ModelEvent;
import alliancesim.model.Param;
import alliancesim.model.TiePair;
import java.util.List;
import java.util.Map;

/** An event of a scenario file: at a month, a label, parameter changes and summits. */
public record ScenarioEvent(int month, String label, Map<Param, Double> set, List<TiePair> summits) {
    public ScenarioEvent {
        java.util.EnumMap<Param, Double> copy = new java.util.EnumMap<>(Param.class);
        copy.putAll(set);
        set = java.util.Collections.unmodifiableMap(copy);
        summits = List.copyOf(summits);
    }

    public ModelEvent toModelEvent() {
        return new ModelEvent(month, label, set, summits);
    }
}
