package alliancesim.scenario;

import alliancesim.model.Output;
import alliancesim.model.Param;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A scenario being assembled along its `extends` chain, with the file and line of each event. */
final class Draft {
    record LocatedEvent(ScenarioEvent event, Path file, int line) {
    }

    static final YearMonth DEFAULT_START = YearMonth.of(2023, 9);

    Path file;
    String name;
    String title;
    String description = "";
    YearMonth start = DEFAULT_START;
    int months = 36;
    int replications = 30;
    long seed = 1;
    final Map<Param, Double> set = new EnumMap<>(Param.class);
    final List<LocatedEvent> events = new ArrayList<>();
    Optional<SweepSpec> sweep = Optional.empty();
    List<Output> outputs = Output.all();
    final Map<Param, ParameterRange> calibrate = new EnumMap<>(Param.class);
    Optional<Path> posterior = Optional.empty();

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
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        List<ScenarioEvent> sorted = events.stream().map(LocatedEvent::event)
                .sorted(Comparator.comparingInt(ScenarioEvent::month)).toList();
        return new Scenario(name, title, description, start, months, replications, seed, set, sorted, sweep, outputs, file,
                List.copyOf(calibrate.values()), posterior);
    }
}
