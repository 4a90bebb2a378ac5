package alliancesim.scenario;

import alliancesim.files.InvalidInputException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario that cannot run: every problem found, one per line, each as file:line: message. A kind of invalid
 * input (exit 2).
 */
public final class ScenarioException extends InvalidInputException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
