package alliancesim.calibrate;

import alliancesim.files.AtomicFiles;
import alliancesim.scenario.Cutoff;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * calibration.yaml, beside a posterior.csv: the cutoff it was fitted to ({@code until}: every target
 * whose period ends by that month was fitted, every later one held out; {@code none}: all fitted),
 * the command that made it, its simulations and seconds. `calibrate` writes it into its folder, so
 * shipping a posterior is a copy of posterior.csv, parameters.csv, fit.csv and calibration.yaml.
 */
public record CalibrationRecord(Cutoff cutoff, String command, long simulations, double seconds) {
    public static final String FILE = "calibration.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();

    public void write(Path folder) {
        AtomicFiles.write(folder.resolve(FILE), out -> out.write(
                "# What made the posterior.csv beside this file. until: its cutoff (every target of the targets file whose\n"
                        + "# period ends by that month was fitted, every later one held out; none: all were fitted).\n"
                        + "until: " + cutoff.text() + "\n"
                        + "command: " + JSON.writeValueAsString(command) + "\n"
                        + "simulations: " + simulations + "\n"
                        + "seconds: " + String.format(Locale.ROOT, "%.1f", seconds) + "\n"));
    }

    /** The record beside a posterior.csv; a clear error naming the file when it is missing or has no cutoff. */
    public static CalibrationRecord beside(Path posterior) {
        Path f = posterior.toAbsolutePath().normalize().resolveSibling(FILE);
        if (!Files.isRegularFile(f)) {
            throw new IllegalArgumentException(f + " is missing: a posterior carries, beside its posterior.csv, the "
                    + FILE + " that `alliance-sim calibrate` wrote with it (until: YYYY-MM, the cutoff it was fitted to;"
                    + " command:); copy it with the posterior");
        }
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(f.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(f + " is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        String until = root == null ? "" : root.path("until").asText("");
        Cutoff cutoff;
        try {
            cutoff = until.equals("none") ? Cutoff.NONE : Cutoff.at(YearMonth.parse(until));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(f + ": until '" + until + "' is not a cutoff; write the last month the"
                    + " posterior was fitted to as 'until: YYYY-MM' (or 'until: none' when every target was fitted)", e);
        }
        return new CalibrationRecord(cutoff, root.path("command").asText(""), root.path("simulations").asLong(0),
                root.path("seconds").asDouble(Double.NaN));
    }
}
