package alliancesim.scenario;

import alliancesim.files.InvalidInputException;
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

/**
 * A validated, immutable scenario: what to run, for how long, how often and with which changes.
 * {@code recordEnds}: the last month of the public record (later months are a projection), the
 * default cutoff of `calibrate`; {@code hindcast}: a second posterior, fitted to an earlier cutoff,
 * that `validity` scores beside {@code posterior}.
 */
public record Scenario(String name, String title, String description, YearMonth start, int months,
                       int replications, long seed, Map<Param, Double> set, List<ModelEvent> events,
                       Optional<SweepSpec> sweep, List<Output> outputs, Path source,
                       List<ParameterRange> calibrate, Optional<Path> posterior, Map<Output, Double> precision,
                       Optional<YearMonth> recordEnds, Optional<Path> hindcast) {

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
            throw new InvalidInputException("months must be 1.." + MAX_MONTHS + ", got " + months);
        }
        if (replications < 1 || replications > MAX_REPLICATIONS) {
            throw new InvalidInputException("replications must be 1.." + MAX_REPLICATIONS + ", got " + replications);
        }
        for (ModelEvent e : events) {
            if (e.month() >= months) {
                throw new IllegalArgumentException("event '" + e.label() + "' at month " + e.month()
                        + " is outside the horizon of " + months + " months (months 0.." + (months - 1) + ")");
            }
        }
        recordEnds.ifPresent(r -> {
            if (r.isBefore(start) || r.isAfter(start.plusMonths(months - 1L))) {
                throw new IllegalArgumentException("record_ends " + r + " is outside the scenario's months " + start + ".."
                        + start.plusMonths(months - 1L));
            }
        });
        Parameters.defaults().withAll(copy); // range check, with the parameter's name in the message
    }

    /** A scenario without a `calibrate:` block, a posterior or a `precision:` block. */
    public Scenario(String name, String title, String description, YearMonth start, int months, int replications,
                    long seed, Map<Param, Double> set, List<ModelEvent> events, Optional<SweepSpec> sweep,
                    List<Output> outputs, Path source) {
        this(name, title, description, start, months, replications, seed, set, events, sweep, outputs, source,
                List.of(), Optional.empty(), Map.of(), Optional.empty(), Optional.empty());
    }

    public Parameters parameters() {
        return Parameters.defaults().withAll(set);
    }

    /** The events as the model takes them: a scenario's events are the model's own records, not a copy of them. */
    public List<ModelEvent> modelEvents() {
        return events;
    }

    public Scenario withSeed(long newSeed) {
        return new Scenario(name, title, description, start, months, replications, newSeed, set, events, sweep, outputs, source, calibrate, posterior, precision, recordEnds, hindcast);
    }

    /** A shorter or longer horizon; events after the new horizon are dropped (for --months on the command line). */
    public Scenario withHorizon(int newMonths) {
        List<ModelEvent> kept = events.stream().filter(e -> e.month() < newMonths).toList();
        return new Scenario(name, title, description, start, newMonths, replications, seed, set, kept, sweep, outputs, source, calibrate, posterior, precision, recordEndsWithin(newMonths), hindcast);
    }

    /** The end of the record if it lies inside a horizon of {@code newMonths}; a shorter run is all record. */
    private Optional<YearMonth> recordEndsWithin(int newMonths) {
        return recordEnds.filter(r -> !r.isAfter(start.plusMonths(newMonths - 1L)));
    }

    public Scenario withReplications(int n) {
        return new Scenario(name, title, description, start, months, n, seed, set, events, sweep, outputs, source, calibrate, posterior, precision, recordEnds, hindcast);
    }

    public Scenario withSet(Param p, double value) {
        Map<Param, Double> changed = new EnumMap<>(Param.class);
        changed.putAll(set);
        changed.put(p, value);
        return new Scenario(name, title, description, start, months, replications, seed, changed, events, sweep, outputs, source, calibrate, posterior, precision, recordEnds, hindcast);
    }

    /** The same scenario drawing each replicate's parameters from a posterior file (`--posterior`). */
    public Scenario withPosterior(Path file) {
        return new Scenario(name, title, description, start, months, replications, seed, set, events, sweep, outputs,
                source, calibrate, Optional.of(file), precision, recordEnds, hindcast);
    }
}
