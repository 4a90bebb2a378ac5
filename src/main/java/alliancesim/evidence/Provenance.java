package alliancesim.evidence;

import java.util.Optional;

/** Where a parameter's value comes from: an article quote, an outside source or a stated assumption. */
public record Provenance(Kind kind, String file, String quote, String citation, String statement, String note,
                         Optional<double[]> sweep) {
    public enum Kind { SEED, SOURCE, ASSUMPTION }

    /** One line for tables: the quote with its file, the citation, or the statement. */
    public String summary() {
        return switch (kind) {
            case SEED -> "\"" + quote + "\" (" + file + ")";
            case SOURCE -> citation;
            case ASSUMPTION -> "assumption: " + statement;
        };
    }
}
