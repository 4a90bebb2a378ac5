package alliancesim.scenario;

import alliancesim.model.ModelEvent;
import alliancesim.model.Output;
import alliancesim.model.Param;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A scenario being assembled along its `extends` chain, with the file and line of each event. */
final class Draft {
    record LocatedEvent(ModelEvent event, Path file, int line) {
    }

    /** A file and line, for problems that only show once the extends chain is merged; level 0 is the file loaded, 1 its parent, ... */
    record Where(Path file, int line, int level) {
        @Override
        public String toString() {
            return file.getFileName() + ":" + line;
        }
    }

    static final YearMonth DEFAULT_START = YearMonth.of(2023, 9);

    Path file;
    /** How far up the extends chain this file is: 0 for the file loaded, 1 for its parent, and so on. */
    int level;
    String name;
    String title;
    String description = "";
    YearMonth start = DEFAULT_START;
    int months = 36;
    int replications = 30;
    long seed = 1;
    final Map<Param, Double> set = new EnumMap<>(Param.class);
    final Map<Param, Where> setLines = new EnumMap<>(Param.class);
    final List<LocatedEvent> events = new ArrayList<>();
    final Map<Param, Where> factorLines = new EnumMap<>(Param.class);
    Optional<SweepSpec> sweep = Optional.empty();
    List<Output> outputs = Output.all();
    final Map<Param, ParameterRange> calibrate = new EnumMap<>(Param.class);
    Optional<Path> posterior = Optional.empty();
    Optional<Path> hindcast = Optional.empty();
    Optional<YearMonth> recordEnds = Optional.empty();
    /** Where `record_ends:` was written, for the horizon check after the chain is merged. */
    Where recordEndsAt;
    /** A child's `precision:` block replaces its parent's. */
    Map<Output, Double> precision = Map.of();

    Scenario build() {
        List<Problem> problems = new ArrayList<>();
        if (title == null) {
            problems.add(new Problem(file, 1, "missing 'title:'; add a one-line title that a class can read"));
        }
        if (outputs.isEmpty()) {
            problems.add(new Problem(file, 1, "outputs is empty; list at least one output or leave the key out for all"));
        }
        for (LocatedEvent e : events) {
            if (e.event().month() >= months) {
                problems.add(new Problem(e.file(), e.line(), "event '" + e.event().label() + "' at month "
                        + e.event().month() + " is outside the horizon of " + months + " months; use a month from 0 to "
                        + (months - 1) + " or raise 'months:'"));
            }
        }
        YearMonth last = start.plusMonths(months - 1L);
        if (recordEnds.isPresent() && recordEndsAt.level() > 0 && recordEnds.get().isAfter(last)) {
            recordEnds = Optional.empty(); // a child that stops before its parent's record ends: its run is all record
        }
        recordEnds.ifPresent(r -> {
            if (r.isBefore(start) || r.isAfter(last)) {
                problems.add(new Problem(recordEndsAt.file(), recordEndsAt.line(), "record_ends " + r + " is outside the"
                        + " scenario's months " + start + ".." + last + "; give the last month of the public record"
                        + " within them, or change start:/months:"));
            }
        });
        problems.addAll(conflictingEvents());
        problems.addAll(conflictingFactors());
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        List<ModelEvent> sorted = events.stream().map(LocatedEvent::event)
                .sorted(Comparator.comparingInt(ModelEvent::month)).toList();
        return new Scenario(name, title, description, start, months, replications, seed, set, sorted, sweep, outputs, file,
                List.copyOf(calibrate.values()), posterior, precision, recordEnds, hindcast);
    }

    /**
     * Two events of one file, in one month, setting one parameter: which one wins would be an
     * accident of order. A child's event may change what its parent's event of the same month set:
     * the child's is applied after, as the README says, so it wins by design.
     */
    private List<Problem> conflictingEvents() {
        List<Problem> problems = new ArrayList<>();
        Map<String, LocatedEvent> first = new HashMap<>();
        for (LocatedEvent e : events) {
            for (Param p : e.event().set().keySet()) {
                LocatedEvent earlier = first.putIfAbsent(e.file() + " " + e.event().month() + " " + p.key(), e);
                if (earlier != null) {
                    problems.add(new Problem(e.file(), e.line(), "events '" + earlier.event().label() + "' ("
                            + new Where(earlier.file(), earlier.line(), 0) + ") and '" + e.event().label() + "' both set "
                            + p.key() + " at month " + e.event().month() + "; keep one of them, or move one to another month"));
                }
            }
        }
        return problems;
    }

    /** A factor the sweep varies must not be fixed elsewhere: `set:` would be dropped, an event would flatten it. */
    private List<Problem> conflictingFactors() {
        List<Problem> problems = new ArrayList<>();
        if (sweep.isEmpty()) {
            return problems;
        }
        for (SweepSpec.Factor f : sweep.get().factors()) {
            Param p = f.param();
            Where at = factorLines.getOrDefault(p, new Where(file, 1, level));
            Where fixed = setLines.get(p);
            // A parent's set: is the base a child's sweep varies; the same file's or a child's set: would be dropped.
            if (fixed != null && fixed.level() <= at.level()) {
                problems.add(new Problem(at.file(), at.line(), "sweep factor " + p.key() + " is also in set: (" + fixed
                        + "), which the sweep would override; remove it from set: or from the factors"));
            }
            for (LocatedEvent e : events) {
                if (e.event().set().containsKey(p)) {
                    problems.add(new Problem(at.file(), at.line(), "sweep factor " + p.key() + " is also set by event '"
                            + e.event().label() + "' (" + new Where(e.file(), e.line(), 0) + ") at month " + e.event().month()
                            + ", which would give every point the same value from then on; remove the factor or the"
                            + " event's change of it"));
                }
            }
        }
        return problems;
    }
}
