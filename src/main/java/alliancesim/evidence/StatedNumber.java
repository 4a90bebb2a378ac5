package alliancesim.evidence;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number a quoted span states: "11,000 troops" states 11000, "3 million shells" 3000000. A plural
 * round word ("thousands of workers", "hundreds of thousands") states only a lower bound: at least one
 * of that unit, so 1000 for "thousands" and 100,000 for "hundreds of thousands".
 *
 * @param number   the number, after any multiplier word
 * @param lowerOnly true when the words only say "at least" (a plural round word)
 */
public record StatedNumber(double number, boolean lowerOnly) {
    private static final Map<String, Double> MULTIPLIERS = Map.of(
            "dozen", 12.0, "hundred", 100.0, "thousand", 1e3, "million", 1e6, "m", 1e6, "billion", 1e9, "bn", 1e9);
    private static final Pattern DIGITS = Pattern.compile(
            "(?<![\\w.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:\\s*(dozen|hundred|thousand|million|billion|bn|m)\\b)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ROUND_WORDS = Pattern.compile(
            "\\b(?:(a|one)\\s+)?(dozen|hundred|thousand|million|billion)(s?)(?:\\s+of\\s+(dozen|hundred|thousand|million|billion)s)?\\b",
            Pattern.CASE_INSENSITIVE);

    /** The first number the span states, or empty when it states none. */
    public static Optional<StatedNumber> in(String span) {
        Matcher d = DIGITS.matcher(span);
        if (d.find()) {
            double n = Double.parseDouble(d.group(1).replace(",", "") + (d.group(2) == null ? "" : d.group(2)));
            return Optional.of(new StatedNumber(n * multiplier(d.group(3)), false));
        }
        Matcher w = ROUND_WORDS.matcher(span);
        if (w.find()) {
            double n = multiplier(w.group(2)) * multiplier(w.group(4));
            boolean plural = !w.group(3).isEmpty() || w.group(4) != null;
            if (w.group(1) == null && !plural) {
                return Optional.empty(); // a bare "thousand" with no count states nothing
            }
            return Optional.of(new StatedNumber(n, plural));
        }
        return Optional.empty();
    }

    private static double multiplier(String word) {
        return word == null ? 1 : MULTIPLIERS.get(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code value} agrees with this number under {@code bound}; exact to a billionth for a stated value. */
    public boolean agrees(double value, Provenance.Bound bound) {
        return switch (bound) {
            case VALUE -> !lowerOnly && Math.abs(value - number) <= 1e-9 * Math.max(1, Math.abs(number));
            case LOWER -> value >= number;
            case UPPER -> !lowerOnly && value <= number;
        };
    }
}
