package alliancesim.scenario;

import alliancesim.model.ModelEvent;
import alliancesim.model.Output;
import alliancesim.model.Param;
import alliancesim.model.Parameters;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A validated, immutable scenario: what to run, for how long, how often and with which changes. */
public record Scenario(String name, String title, String description, YearMonth start, int months,
                       int replications, long seed, Map<Param, Double> set, List<ScenarioEvent> events,
                       Optional<SweepSpec> sweep, List<Output> outputs, Path source,
                       List<ParameterRange> calibrate, Optional<Path> posterior, Map<Output, Double> precision) {

    public static final int MAX_MONTHS = 600;
    public static final int MAX_REPLICATIONS = 1_000_000;

    public Scenario {
        EnumMap<Param, Double> copy = new EnumMap<>(Param.class);
        copy.putAll(set);
        set = Collections.unmodifiableMap(copy);
        events = List.copyOf(events);
        outputs = List.copyOf(outputs);
        calibrate = List.copyOf(calibrate);
        precision = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(precision));
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("months must be 1.." + MAX_MONTHS + ", got " + months);
        }
        if (replications < 1 || replications > MAX_REPLICATIONS) {
            throw new IllegalArgumentException("replications must be 1.." + MAX_REPLICATIONS + ", got " + replications);
        }
        for (ScenarioEvent e : events) {
            if (e.month() >= months) {
                throw new IllegalArgumentException("event '" + e.label() + "' at month " + e.month()
                        + " is outside the horizon of " + months + " months (months 0.." + (months - 1) + ")");
            }
        }
        Parameters.defaults().withAll(copy); // range check, with the parameter's name in the message
    }

    /** A scenario without a `calibrate:` block, a posterior or a `precision:` block. */
    public Scenario(String name, String title, String description, YearMonth start, int months, int replications,
                    long seed, Map<Param, Double> set, List<ScenarioEvent> events, Optional<SweepSpec> sweep,
                    List<Output> outputs, Path source) {
        this(name, title, description, start, months, replications, seed, set, events, sweep, outputs, source,
                List.of(), Optional.empty(), Map.of());
    }

    public Parameters parameters() {
        return Parameters.defaults().withAll(set);
    }

    public List<ModelEvent> modelEvents() {
        return events.stream().map(ScenarioEvent::toModelEvent).toList();
    }

    public Scenario withSeed(long newSeed) {
        return new Scenario(name, title, description, start, months, replications, newSeed, set, events, sweep, outputs, source, calibrate, posterior, precision);
    }

    public Scenario withMonths(int newMonths) {
        return new Scenario(name, title, description, start, newMonths, replications, seed, set, events, sweep, outputs, source, calibrate, posterior, precision);
    }

    /** A shorter or longer horizon; events after the new horizon are dropped (for --months on the command line). */
    public Scenario withHorizon(int newMonths) {
        List<ScenarioEvent> kept = events.stream().filter(e -> e.month() < newMonths).toList();
        return new Scenario(name, title, description, start, newMonths, replications, seed, set, kept, sweep, outputs, source, calibrate, posterior, precision);
    }

    public Scenario withReplications(int n) {
        return new Scenario(name, title, description, start, months, n, seed, set, events, sweep, outputs, source, calibrate, posterior, precision);
    }

    public Scenario withSet(Param p, double value) {
        Map<Param, Double> changed = new EnumMap<>(Param.class);
        changed.putAll(set);
        changed.put(p, value);
        return new Scenario(name, title, description, start, months, replications, seed, changed, events, sweep, outputs, source, calibrate, posterior, precision);
    }

    /** The same scenario drawing each replicate's parameters from a posterior file (`--posterior`). */
    public Scenario withPosterior(Path file) {
        return new Scenario(name, title, description, start, months, replications, seed, set, events, sweep, outputs,
                source, calibrate, Optional.of(file), precision);
    }

    public Scenario withName(String newName) {
        return new Scenario(newName, title, description, start, months, replications, seed, set, events, sweep, outputs, source, calibrate, posterior, precision);
    }
}
