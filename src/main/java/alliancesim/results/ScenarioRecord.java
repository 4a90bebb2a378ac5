package alliancesim.results;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * The scenario as resolved when the folder was made (inheritance, overrides and command-line options
 * applied): what a resume runs again and what the reports title and mark their charts with.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScenarioRecord(String name, String title, String description, String source, String start, int months,
                             int replications, long seed, Map<String, Double> set, List<EventRecord> events,
                             List<String> outputs,
                             @JsonInclude(JsonInclude.Include.NON_NULL) PosteriorRef posterior,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String recordEnds,
                             @JsonInclude(JsonInclude.Include.NON_NULL) PosteriorRef hindcast) {

    /** What a manifest without a scenario reads as: no name, no events, no outputs. */
    public static final ScenarioRecord NONE = new ScenarioRecord(null, null, null, null, null, 0, 0, 0, Map.of(), List.of(),
            List.of(), null, null, null);

    /** An event as the scenario declares it: its month (and calendar date), label, values set and summits. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EventRecord(int month, String date, String label, Map<String, Double> set, List<String> summits) {
    }

    /**
     * A posterior file the runs drew from: its path, the SHA-256 of its bytes (what says two folders drew from
     * the same posterior, wherever it lay; absent in folders written before it was recorded) and in words how
     * the runs drew.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PosteriorRef(String file, String sha256, String draws) {
    }

    public List<EventRecord> eventsOrNone() {
        return events == null ? List.of() : events;
    }

    public List<String> outputsOrNone() {
        return outputs == null ? List.of() : outputs;
    }
}
