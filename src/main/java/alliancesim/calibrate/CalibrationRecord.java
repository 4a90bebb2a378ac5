package alliancesim.calibrate;

import alliancesim.files.AtomicFiles;
import alliancesim.files.InvalidInputException;
import alliancesim.scenario.Cutoff;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
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

    /** The most a calibration.yaml may hold: the one `calibrate` writes is a few hundred bytes. */
    private static final int MAX_BYTES = 64 * 1024;

    /** What to do with any damage: the fix every error below ends with. */
    private static final String FIX = "restore the " + FILE + " that `alliance-sim calibrate` wrote beside this"
            + " posterior.csv (until: YYYY-MM or none, command: \"...\", simulations: N, seconds: S), or run that"
            + " calibrate again";

    /**
     * The record beside a posterior.csv. A file missing, not YAML, not a mapping, without a cutoff or with a field of
     * the wrong kind is refused (as invalid input) naming the file, its line and the fix, so a command that reads it
     * stops before it runs anything.
     */
    public static CalibrationRecord beside(Path posterior) {
        Path f = posterior.toAbsolutePath().normalize().resolveSibling(FILE);
        if (!Files.exists(f)) {
            throw new InvalidInputException(f + " is missing: a posterior carries, beside its posterior.csv, the "
                    + FILE + " that `alliance-sim calibrate` wrote with it (until: YYYY-MM, the cutoff it was fitted to;"
                    + " command:); copy it with the posterior");
        }
        String text;
        try (java.io.InputStream in = alliancesim.files.BoundedInput.open(f, MAX_BYTES + 1L)) {
            byte[] bytes = in.readAllBytes();
            if (bytes.length > MAX_BYTES) {
                throw new InvalidInputException(f + " is larger than " + MAX_BYTES / 1024 + " KiB, not the few lines"
                        + " calibrate writes; " + FIX);
            }
            text = java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidInputException(f + " is not UTF-8 text; " + FIX, e);
        } catch (IOException e) {
            throw new InvalidInputException(f + " cannot be read (" + e.getMessage() + "); " + FIX, e);
        }
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? ":1" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new InvalidInputException(f + where + ": not valid YAML (" + e.getOriginalMessage().lines()
                    .findFirst().orElse("") + "); " + FIX, e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(f + ":1: not the lines `name: value` calibrate writes; " + FIX);
        }
        JsonNode untilNode = root.path("until");
        if (untilNode.isMissingNode() || untilNode.isNull()) {
            throw new InvalidInputException(f + ": has no line 'until:', the cutoff the posterior was fitted to; add"
                    + " 'until: YYYY-MM' (or 'until: none' when every target was fitted), or " + FIX);
        }
        String until = untilNode.isValueNode() ? untilNode.asText("") : untilNode.toString();
        Cutoff cutoff;
        try {
            if (!untilNode.isValueNode()) {
                throw new DateTimeParseException("not a value", until, 0);
            }
            cutoff = until.equals("none") ? Cutoff.NONE : Cutoff.at(YearMonth.parse(until));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(f + line(text, "until") + ": until '" + until + "' is not a cutoff; write"
                    + " the last month the posterior was fitted to as 'until: YYYY-MM' (or 'until: none' when every"
                    + " target was fitted)", e);
        }
        JsonNode command = root.path("command");
        if (!command.isMissingNode() && !command.isNull() && !command.isTextual()) {
            throw new InvalidInputException(f + line(text, "command") + ": command is " + command + ", not the quoted"
                    + " command line calibrate writes; " + FIX);
        }
        JsonNode simulations = root.path("simulations");
        if (!simulations.isMissingNode() && !simulations.isNull() && !(simulations.canConvertToLong()
                && simulations.isIntegralNumber() && simulations.asLong() >= 0)) {
            throw new InvalidInputException(f + line(text, "simulations") + ": simulations is '"
                    + simulations.asText(simulations.toString()) + "', not a whole number of simulations (0 or more);"
                    + " " + FIX);
        }
        JsonNode seconds = root.path("seconds");
        if (!seconds.isMissingNode() && !seconds.isNull() && !(seconds.isNumber() && Double.isFinite(seconds.asDouble())
                && seconds.asDouble() >= 0)) {
            throw new InvalidInputException(f + line(text, "seconds") + ": seconds is '"
                    + seconds.asText(seconds.toString()) + "', not a number of seconds (0 or more); " + FIX);
        }
        return new CalibrationRecord(cutoff, command.asText(""), simulations.asLong(0), seconds.asDouble(Double.NaN));
    }

    /** ":N", the line where {@code key} is set in the flat file calibrate writes (":1" if not found). */
    private static String line(String text, String key) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("^\\s*\"?" + key + "\"?\\s*:");
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (p.matcher(lines.get(i)).find()) {
                return ":" + (i + 1);
            }
        }
        return ":1";
    }
}
