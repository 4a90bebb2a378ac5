package alliancesim.calibrate;

import alliancesim.files.InvalidInputException;
import alliancesim.scenario.Cutoff;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

/**
 * What a calibration folder's settings.json says it was started with, typed: a resume takes each
 * setting from here unless the command line gives it (and a changed one is then refused by the
 * generations' records). Every field is empty when no folder is resumed.
 */
public record SavedSettings(Optional<Path> scenario, Optional<Path> targets, Optional<Integer> particles,
                            Optional<Integer> generations, Optional<Double> quantile, Optional<Double> minAcceptance,
                            Optional<Long> seed, Optional<String> method, Optional<Integer> replicationsPerParticle,
                            Optional<Cutoff> cutoff) {
    public static final SavedSettings NONE = new SavedSettings(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    /** The settings of the calibration in {@code folder}; a value of the wrong kind is refused naming the file and key. */
    public static SavedSettings read(Path folder) {
        Map<String, Object> m = CalibrationFolder.settings(folder);
        Path file = folder.resolve(CalibrationFolder.SETTINGS);
        return new SavedSettings(text(m, "scenario", file).map(Path::of), text(m, "targets", file).map(Path::of),
                number(m, "particles", file).map(Number::intValue), number(m, "generations", file).map(Number::intValue),
                number(m, "quantile", file).map(Number::doubleValue),
                number(m, "min_acceptance", file).map(Number::doubleValue), number(m, "seed", file).map(Number::longValue),
                text(m, "method", file), number(m, "replications_per_particle", file).map(Number::intValue),
                !m.containsKey("until") ? Optional.empty()
                        : Optional.of(text(m, "until", file).map(u -> Cutoff.at(month(u, file))).orElse(Cutoff.NONE)));
    }

    private static Optional<String> text(Map<String, Object> m, String key, Path file) {
        Object v = m.get(key);
        if (v != null && !(v instanceof String)) {
            throw wrong(file, key, v, "a text");
        }
        return Optional.ofNullable((String) v);
    }

    private static Optional<Number> number(Map<String, Object> m, String key, Path file) {
        Object v = m.get(key);
        if (v != null && !(v instanceof Number)) {
            throw wrong(file, key, v, "a number");
        }
        return Optional.ofNullable((Number) v);
    }

    private static YearMonth month(String text, Path file) {
        try {
            return YearMonth.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw wrong(file, "until", text, "a calendar month (YYYY-MM)");
        }
    }

    private static InvalidInputException wrong(Path file, String key, Object value, String what) {
        return new InvalidInputException(file + ": " + key + " is '" + value + "', not " + what + "; restore the file"
                + " as alliance-sim wrote it, or start a new calibration in another folder");
    }
}
