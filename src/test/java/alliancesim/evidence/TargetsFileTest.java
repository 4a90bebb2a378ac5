package alliancesim.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * seeds/targets.yaml has the shape the calibration issue gives, and its entries are honest: a stated
 * uncertainty around every value, an original source that is no file. Which figures are fitted is no
 * field of the file: the cutoff of `calibrate --until` decides.
 * (Whether each output exists is for the calibration to check against the model's output registry.)
 */
class TargetsFileTest {
    private static final Path FILE = Path.of("seeds", TargetIndex.FILE);
    private static final Set<String> FIELDS = Set.of("name", "output", "at", "from", "to", "statistic", "value", "sd",
            "interval", "source", "seen");
    private static final Set<String> STATISTICS = Set.of("value", "cumulative", "growth", "mean");
    private static final YearMonth START = YearMonth.of(2023, 9);

    @Test
    void everyTargetHasTheCalibrationFormatAndAnHonestUncertainty() throws IOException {
        JsonNode list = new ObjectMapper(new YAMLFactory()).readTree(FILE.toFile()).get("targets");
        assertTrue(list != null && list.isArray() && list.size() > 0, "a top-level targets: list");
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonNode t : list) {
            String name = t.path("name").asText("?");
            Iterator<String> fields = t.fieldNames();
            fields.forEachRemaining(f -> {
                if (!FIELDS.contains(f)) {
                    problems.add(name + ": unknown field " + f);
                }
            });
            if (!names.add(name)) {
                problems.add(name + ": name used twice");
            }
            for (String f : List.of("output", "statistic", "source")) {
                if (t.path(f).asText("").isBlank()) {
                    problems.add(name + ": no " + f);
                }
            }
            String statistic = t.path("statistic").asText();
            if (!STATISTICS.contains(statistic)) {
                problems.add(name + ": statistic " + statistic);
            }
            YearMonth last;
            if (statistic.equals("value")) {
                if (!t.has("at") || t.has("from") || t.has("to")) {
                    problems.add(name + ": a value is read at one month (at:), nothing else");
                }
                last = YearMonth.parse(t.path("at").asText());
            } else {
                if (t.has("at") || !t.has("from") || !t.has("to")) {
                    problems.add(name + ": a " + statistic + " needs from: and to:, not at:");
                }
                YearMonth from = YearMonth.parse(t.path("from").asText());
                last = YearMonth.parse(t.path("to").asText());
                if (from.isBefore(START) || !from.isBefore(last.plusMonths(1))) {
                    problems.add(name + ": period " + from + ".." + last + " must start at or after " + START);
                }
                // growth is y[to] / y[month before from] - 1. An economy's growth is a year's (GDP figures are
                // annual): from..to inclusive is 12 monthly steps. Other growth (a fall of fire) may span any period.
                if (statistic.equals("growth") && t.path("output").asText().endsWith("_gdp_index")
                        && from.until(last, ChronoUnit.MONTHS) != 11) {
                    problems.add(name + ": an economy's annual growth spans 12 monthly steps");
                }
            }
            double value = t.path("value").asDouble(Double.NaN);
            if (t.has("sd") == t.has("interval")) {
                problems.add(name + ": give either sd or interval");
            } else if (t.has("sd") && !(t.get("sd").asDouble() > 0)) {
                problems.add(name + ": sd must be positive");
            } else if (t.has("interval")) {
                double lo = t.get("interval").get(0).asDouble();
                double hi = t.get("interval").get(1).asDouble();
                if (!(lo <= value && value <= hi && lo < hi)) {
                    problems.add(name + ": value " + value + " must lie in [" + lo + ", " + hi + "]");
                }
            }
            if (!FileMentions.outsideProject(t.path("source").asText(), n -> java.util.Optional.empty()).isEmpty()) {
                problems.add(name + ": the source names a file; cite the original publisher and date");
            }
        }
        assertEquals(List.of(), problems);
    }
}
