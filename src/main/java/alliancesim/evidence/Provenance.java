package alliancesim.evidence;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Where a parameter's value comes from, and how strongly the evidence holds it.
 * <ul>
 *   <li>{@code SEED}: a quote from an article in seeds/ states or bounds the value; {@code span} is the part
 *       of the quote with the number and {@code bound} says whether it gives the value or a lower/upper bound.</li>
 *   <li>{@code SOURCE}: an original public figure (publisher, what, date) gives the value.</li>
 *   <li>{@code ASSUMPTION}: a modelling choice with the range a sweep should use; {@code motivation} may quote
 *       an article on why the mechanism exists, without claiming that it gives the value.</li>
 *   <li>{@code CALIBRATED}: set by fitting the named targets of seeds/targets.yaml.</li>
 * </ul>
 * {@code value} is the number the evidence is about when that is not the parameter's default (a scheduled
 * event sets it, for instance); empty means the default.
 */
public record Provenance(Kind kind, String file, String quote, String span, Bound bound, OptionalDouble value,
                         String citation, String statement, String motivation, List<String> targets, String note,
                         Optional<double[]> sweep) {
    public enum Kind { SEED, SOURCE, ASSUMPTION, CALIBRATED }

    /** How a seed's span holds the value: it states it, or the value is at least / at most the span's number. */
    public enum Bound { VALUE, LOWER, UPPER }

    public Provenance {
        targets = List.copyOf(targets);
    }

    /** A dated fact quoted from an article (the events section of evidence.yaml). */
    static Provenance quoted(String file, String quote, String note) {
        return new Provenance(Kind.SEED, file, quote, null, null, OptionalDouble.empty(), null, null, null, List.of(),
                note, Optional.empty());
    }

    public String kindName() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    private String boundText() {
        return switch (bound == null ? Bound.VALUE : bound) {
            case VALUE -> "states the value";
            case LOWER -> "bounds it from below";
            case UPPER -> "bounds it from above";
        };
    }

    /** One line for tables: the quote with its file, the citation, the statement or the targets. */
    public String summary() {
        return switch (kind) {
            case SEED -> "\"" + quote + "\" (" + file + (span == null ? "" : "; \"" + span + "\" " + boundText()) + ")";
            case SOURCE -> citation;
            case ASSUMPTION -> "assumption: " + statement
                    + (motivation == null ? "" : " (motivated by \"" + motivation + "\", " + file + ")");
            case CALIBRATED -> "calibrated to " + String.join(", ", targets)
                    + (statement == null ? "" : ": " + statement);
        };
    }
}
